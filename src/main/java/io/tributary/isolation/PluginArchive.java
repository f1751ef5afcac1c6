package io.tributary.isolation;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * What one class path element of a plugin (a jar or a class directory) declares: its ServiceLoader
 * manifests for the plugin types, and the names of all the classes it holds. Read straight from the
 * file so that only this plugin's own manifests count, never the runtime's.
 *
 * <p>Threading: stateless; reads the file system on the calling thread.
 */
final class PluginArchive {

    private static final String SERVICES = "META-INF/services/";

    private PluginArchive() {
    }

    /** The class names each plugin-type manifest in {@code element} lists, in file order. */
    static Map<PluginType, List<String>> manifests(Path element) throws IOException {
        Map<PluginType, List<String>> manifests = new EnumMap<>(PluginType.class);
        if (Files.isDirectory(element)) {
            for (PluginType type : PluginType.values()) {
                putIfAny(manifests, type, readDirectoryEntry(element, serviceEntry(type)));
            }
            return manifests;
        }
        try (JarFile jar = new JarFile(element.toFile())) {
            for (PluginType type : PluginType.values()) {
                putIfAny(manifests, type, readJarEntry(jar, serviceEntry(type)));
            }
        }
        return manifests;
    }

    private static String serviceEntry(PluginType type) {
        return SERVICES + PluginInterfaces.of(type).getName();
    }

    private static void putIfAny(Map<PluginType, List<String>> manifests, PluginType type, List<String> names) {
        if (!names.isEmpty()) {
            manifests.put(type, names);
        }
    }

    /** Every class in {@code element}, as binary names, skipping module/package descriptors and versioned copies. */
    static List<String> classNames(Path element) throws IOException {
        List<String> names = new ArrayList<>();
        if (Files.isDirectory(element)) {
            try (Stream<Path> files = Files.walk(element)) {
                files.filter(PluginLocations::isClassFile)
                        .map(file -> element.relativize(file).toString().replace(file.getFileSystem().getSeparator(), "/"))
                        .forEach(path -> addClassName(path, names));
            }
        } else {
            try (JarFile jar = new JarFile(element.toFile())) {
                jar.stream().map(JarEntry::getName).forEach(path -> addClassName(path, names));
            }
        }
        return names;
    }

    private static void addClassName(String path, List<String> names) {
        // META-INF/versions/N/ holds multi-release copies of classes already listed at the root.
        if (!path.endsWith(".class") || path.startsWith("META-INF/")
                || path.endsWith("module-info.class") || path.endsWith("package-info.class")) {
            return;
        }
        names.add(path.substring(0, path.length() - ".class".length()).replace('/', '.'));
    }

    private static List<String> readDirectoryEntry(Path dir, String entry) throws IOException {
        Path file = dir.resolve(entry);
        if (!Files.isRegularFile(file)) {
            return List.of();
        }
        try (InputStream in = Files.newInputStream(file)) {
            return parse(in);
        }
    }

    private static List<String> readJarEntry(JarFile jar, String entry) throws IOException {
        JarEntry found = jar.getJarEntry(entry);
        if (found == null) {
            return List.of();
        }
        try (InputStream in = jar.getInputStream(found)) {
            return parse(in);
        }
    }

    // The java.util.ServiceLoader format: one binary name per line, '#' starts a comment.
    private static List<String> parse(InputStream in) throws IOException {
        List<String> names = new ArrayList<>();
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            int comment = line.indexOf('#');
            String name = (comment >= 0 ? line.substring(0, comment) : line).trim();
            if (!name.isEmpty() && !names.contains(name)) {
                names.add(name);
            }
        }
        return names;
    }
}
