package io.tributary.isolation;

import static io.tributary.logging.TributaryLog.LOG;

import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Finds the plugins on {@code plugin.path}, each location in a {@link PluginClassLoader} of its own
 * (see {@link PluginLocations} for what a location is).
 *
 * <p>Discovery is Apache's default {@code plugin.discovery=hybrid_warn}: a jar or class directory
 * with ServiceLoader manifests (KIP-898) for plugin types is taken at its word; one without any is
 * scanned class by class (public, concrete, public no-arg constructor, implements a plugin
 * interface), and a WARN says which plugins were found that way. A location, jar or class that
 * cannot be read or loaded is logged once and skipped; nothing here throws.
 *
 * <p>Threading: stateless; runs once, on the thread that calls {@link Plugins#load}.
 */
final class IsolatedPlugins {

    /** What was found: the plugins, and how many locations contributed at least one. */
    record Found(List<PluginDesc> plugins, int locations) {
    }

    private IsolatedPlugins() {
    }

    static Found discover(List<String> pluginPath, ClassLoader parent) {
        List<PluginDesc> plugins = new ArrayList<>();
        int locations = 0;
        for (String raw : pluginPath) {
            String element = raw == null ? "" : raw.trim();
            if (element.isEmpty()) {
                continue;
            }
            for (Path location : locationsOf(element)) {
                List<PluginDesc> own = discoverLocation(location, parent);
                plugins.addAll(own);
                locations += own.isEmpty() ? 0 : 1;
            }
        }
        return new Found(plugins, locations);
    }

    private static List<Path> locationsOf(String element) {
        try {
            return PluginLocations.of(Path.of(element));
        } catch (IOException | InvalidPathException e) {
            PluginDescriber.skipped("path " + element + " on plugin.path", e);
            return List.of();
        }
    }

    private static List<PluginDesc> discoverLocation(Path location, ClassLoader parent) {
        List<PluginDesc> found = new ArrayList<>();
        PluginClassLoader loader;
        List<Path> classPath;
        try {
            classPath = PluginLocations.classPathOf(location);
            loader = new PluginClassLoader(location, urls(classPath), parent);
        } catch (IOException | RuntimeException e) {
            PluginDescriber.skipped(location.toString(), e);
            return found;
        }
        for (Path element : classPath) {
            try {
                discoverElement(element, loader, found);
            } catch (IOException | RuntimeException e) {
                PluginDescriber.skipped(element.toString(), e);
            }
        }
        if (found.isEmpty()) {
            closeQuietly(loader); // nothing will ever load through it: release its jar handles
        }
        return found;
    }

    private static void discoverElement(Path element, PluginClassLoader loader, List<PluginDesc> found)
            throws IOException {
        Map<PluginType, List<String>> manifests = PluginArchive.manifests(element);
        if (!manifests.isEmpty()) {
            manifests.forEach((type, names) -> names.forEach(name -> fromManifest(name, type, loader, found)));
            return;
        }
        List<String> scanned = new ArrayList<>();
        for (String name : PluginArchive.classNames(element)) {
            if (fromScan(name, loader, found)) {
                scanned.add(name);
            }
        }
        if (!scanned.isEmpty()) {
            LOG.pluginWithoutManifest(element.toString(), String.join(", ", scanned));
        }
    }

    private static void fromManifest(String name, PluginType type, PluginClassLoader loader, List<PluginDesc> found) {
        String where = name + " in " + loader.location();
        try {
            Class<?> candidate = Class.forName(name, false, loader);
            if (candidate.getClassLoader() != loader) {
                return; // a copy of a runtime class (e.g. a bundled connect-api jar): the built-in already counts
            }
            if (!PluginInterfaces.of(type).isAssignableFrom(candidate) || !PluginDescriber.isInstantiable(candidate)) {
                LOG.pluginSkipped(where, "listed as a " + type + " but is not a public concrete "
                        + PluginInterfaces.of(type).getName() + " with a public no-argument constructor");
                return;
            }
            found.add(PluginDescriber.describe(candidate, type, loader.location().toString()));
        } catch (Throwable e) {
            PluginDescriber.skipped(where, e);
        }
    }

    // Most classes in a plugin are its dependencies; those that fail to link are not plugins, so quietly skipped.
    private static boolean fromScan(String name, PluginClassLoader loader, List<PluginDesc> found) {
        Class<?> candidate;
        try {
            candidate = Class.forName(name, false, loader);
            if (candidate.getClassLoader() != loader || !PluginDescriber.isInstantiable(candidate)) {
                return false;
            }
        } catch (ClassNotFoundException | LinkageError | SecurityException e) {
            return false;
        }
        boolean any = false;
        for (PluginType type : PluginType.values()) {
            if (implementsSafely(PluginInterfaces.of(type), candidate)) {
                any |= describeScanned(candidate, type, loader, found);
            }
        }
        return any;
    }

    private static boolean implementsSafely(Class<?> pluginInterface, Class<?> candidate) {
        try {
            return pluginInterface.isAssignableFrom(candidate);
        } catch (LinkageError e) {
            return false;
        }
    }

    private static boolean describeScanned(Class<?> candidate, PluginType type, PluginClassLoader loader,
            List<PluginDesc> found) {
        try {
            found.add(PluginDescriber.describe(candidate, type, loader.location().toString()));
            return true;
        } catch (Throwable e) {
            PluginDescriber.skipped(candidate.getName() + " in " + loader.location(), e);
            return false;
        }
    }

    private static URL[] urls(List<Path> classPath) throws MalformedURLException {
        URL[] urls = new URL[classPath.size()];
        for (int i = 0; i < urls.length; i++) {
            urls[i] = classPath.get(i).toUri().toURL();
        }
        return urls;
    }

    private static void closeQuietly(PluginClassLoader loader) {
        try {
            loader.close();
        } catch (IOException e) {
            LOG.debugf(e, "Could not close the class loader of %s", loader.location());
        }
    }
}
