package io.tributary.isolation;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * Turns {@code plugin.path} into plugin locations, and a location into the jars or class directory
 * its class loader reads, with Apache Kafka Connect's rules:
 * <ul>
 *   <li>an element of {@code plugin.path} that is a directory holds plugins: each directory, jar/zip
 *       or class file directly inside it is one plugin location; an element that is itself a jar/zip
 *       is one location;</li>
 *   <li>a location that is a jar/zip (an uber-jar) is read as is; a directory contributes every
 *       jar/zip found beneath it (symbolic links followed, each real path once); a directory with no
 *       jars but class files beneath it is a class directory and is itself the class path; a
 *       directory with both contributes only its jars.</li>
 * </ul>
 *
 * <p>Threading: stateless; reads the file system on the calling thread.
 */
final class PluginLocations {

    private static final DirectoryStream.Filter<Path> CANDIDATES =
            path -> Files.isDirectory(path) || isArchive(path) || isClassFile(path);

    private PluginLocations() {
    }

    /** The plugin locations under one {@code plugin.path} element, sorted by name. */
    static List<Path> of(Path pluginPathElement) throws IOException {
        Path element = pluginPathElement.toAbsolutePath();
        if (!Files.exists(element)) {
            throw new IOException("no such file or directory");
        }
        List<Path> locations = new ArrayList<>();
        if (Files.isDirectory(element)) {
            try (DirectoryStream<Path> listing = Files.newDirectoryStream(element, CANDIDATES)) {
                listing.forEach(locations::add);
            }
        } else if (isArchive(element)) {
            locations.add(element);
        } else {
            throw new IOException("neither a directory nor a jar/zip file");
        }
        locations.sort(null);
        return locations;
    }

    /** The jars, or the single class directory, that make up the plugin at {@code location}. */
    static List<Path> classPathOf(Path location) throws IOException {
        if (isArchive(location)) {
            return List.of(location);
        }
        if (!Files.isDirectory(location)) {
            throw new IOException("a class file directly on plugin.path; put it in a directory of its own");
        }
        Set<Path> archives = new TreeSet<>();
        boolean classFiles = walk(location, archives);
        if (archives.isEmpty() && classFiles) {
            return List.of(location);
        }
        // Apache ignores the loose class files when a plugin directory also has jars.
        return List.copyOf(archives);
    }

    // Depth-first walk following symbolic links; visiting each real path once guards against cycles.
    private static boolean walk(Path top, Set<Path> archives) throws IOException {
        boolean classFiles = false;
        Set<Path> visited = new HashSet<>();
        Deque<Path> pending = new ArrayDeque<>();
        pending.push(top);
        while (!pending.isEmpty()) {
            Path dir = pending.pop();
            if (!visited.add(dir.toRealPath())) {
                continue;
            }
            try (DirectoryStream<Path> listing = Files.newDirectoryStream(dir, CANDIDATES)) {
                for (Path entry : listing) {
                    if (!Files.exists(entry)) {
                        continue; // a dangling symbolic link: nothing to load, as in Apache
                    } else if (isArchive(entry)) {
                        archives.add(entry.toRealPath());
                    } else if (isClassFile(entry)) {
                        classFiles = true;
                    } else {
                        pending.push(entry);
                    }
                }
            }
        }
        return classFiles;
    }

    static boolean isArchive(Path path) {
        String name = path.toString().toLowerCase(Locale.ROOT);
        return (name.endsWith(".jar") || name.endsWith(".zip")) && !Files.isDirectory(path);
    }

    static boolean isClassFile(Path path) {
        return path.toString().toLowerCase(Locale.ROOT).endsWith(".class") && !Files.isDirectory(path);
    }
}
