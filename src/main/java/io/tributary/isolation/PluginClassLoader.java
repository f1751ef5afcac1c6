package io.tributary.isolation;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Objects;

/**
 * The class loader of one plugin on {@code plugin.path}: its jars (or its class directory), loaded
 * child-first, so that a plugin's dependencies never clash with the runtime's or another plugin's.
 * {@link ClassIsolation} lists the classes that are always taken from the parent (the JDK, the
 * Kafka and Connect APIs, SLF4J), so that plugin and runtime exchange the same API types.
 * Resources are child-first too: the plugin's own, then the parent's.
 *
 * <p>Lifecycle: created once per plugin location by {@link Plugins#load}, lives as long as the
 * {@link Plugins} that holds it.
 *
 * <p>Threading: parallel capable; tasks of the same plugin load classes through it concurrently.
 */
public final class PluginClassLoader extends URLClassLoader {

    static {
        ClassLoader.registerAsParallelCapable();
    }

    private final Path location;

    PluginClassLoader(Path location, URL[] urls, ClassLoader parent) {
        super("plugin:" + location.getFileName(), urls, parent);
        this.location = location;
    }

    /** The plugin's top-level directory or jar on {@code plugin.path}. */
    public Path location() {
        return location;
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
        // The per-name lock is what makes defineClass safe when several tasks load the same class.
        synchronized (getClassLoadingLock(name)) {
            Class<?> loaded = findLoadedClass(name);
            if (loaded == null && ClassIsolation.childFirst(name)) {
                loaded = findOwnClass(name);
            }
            if (loaded == null) {
                loaded = super.loadClass(name, false);
            }
            if (resolve) {
                resolveClass(loaded);
            }
            return loaded;
        }
    }

    private Class<?> findOwnClass(String name) {
        try {
            return findClass(name);
        } catch (ClassNotFoundException notInPlugin) {
            return null; // not packaged with the plugin: the parent may have it
        }
    }

    @Override
    public URL getResource(String name) {
        Objects.requireNonNull(name);
        URL own = findResource(name);
        return own != null ? own : super.getResource(name);
    }

    @Override
    public Enumeration<URL> getResources(String name) throws IOException {
        Objects.requireNonNull(name);
        List<URL> all = new ArrayList<>(Collections.list(findResources(name)));
        // The parent's directly, not super's, which would list the plugin's own resources twice.
        all.addAll(Collections.list(getParent().getResources(name)));
        return Collections.enumeration(all);
    }

    @Override
    public String toString() {
        return "PluginClassLoader{location=" + location + "}";
    }
}
