package io.tributary.isolation;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.connect.source.SourceConnector;

/**
 * Builds test plugins at test time: compiles Java sources with {@code javax.tools} against the
 * Connect API and the test classes, then packs them (and any ServiceLoader manifests) into a jar or
 * a class directory. Not thread-safe; one builder per plugin.
 */
final class PluginJarBuilder {

    private final Path workDir;
    private final Map<String, String> sources = new LinkedHashMap<>();
    private final Map<String, List<String>> services = new LinkedHashMap<>();

    PluginJarBuilder(Path workDir) {
        this.workDir = workDir;
    }

    /** A source connector {@code className} whose {@code version()} returns the Java expression {@code version}. */
    static String sourceConnector(String className, String version, String extraMembers) {
        int dot = className.lastIndexOf('.');
        return "package " + className.substring(0, dot) + ";\n"
                + "import java.util.*;\n"
                + "import org.apache.kafka.common.config.ConfigDef;\n"
                + "import org.apache.kafka.connect.connector.Task;\n"
                + "public class " + className.substring(dot + 1) + " extends org.apache.kafka.connect.source.SourceConnector {\n"
                + extraMembers + "\n"
                + "  public String version() { return " + version + "; }\n"
                + "  public void start(Map<String, String> props) { }\n"
                + "  public Class<? extends Task> taskClass() { return null; }\n"
                + "  public List<Map<String, String>> taskConfigs(int maxTasks) { return List.of(); }\n"
                + "  public void stop() { }\n"
                + "  public ConfigDef config() { return new ConfigDef(); }\n"
                + "}\n";
    }

    PluginJarBuilder source(String className, String code) {
        sources.put(className, code);
        return this;
    }

    PluginJarBuilder service(Class<?> service, String... implementations) {
        services.computeIfAbsent(service.getName(), name -> new ArrayList<>()).addAll(List.of(implementations));
        return this;
    }

    /** Compiles and writes the plugin as a jar at {@code jar}. */
    Path buildJar(Path jar) throws IOException {
        Path classes = compile();
        Files.createDirectories(jar.getParent());
        try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file);
                Stream<Path> files = Files.walk(classes)) {
            for (Path path : files.filter(Files::isRegularFile).sorted().collect(Collectors.toList())) {
                out.putNextEntry(new JarEntry(classes.relativize(path).toString().replace('\\', '/')));
                out.write(Files.readAllBytes(path));
                out.closeEntry();
            }
        }
        return jar;
    }

    /** Compiles the plugin into the class directory {@code dir}. */
    Path buildClassDirectory(Path dir) throws IOException {
        Path classes = compile();
        try (Stream<Path> files = Files.walk(classes)) {
            for (Path path : files.filter(Files::isRegularFile).collect(Collectors.toList())) {
                Path target = dir.resolve(classes.relativize(path).toString());
                Files.createDirectories(target.getParent());
                Files.copy(path, target);
            }
        }
        return dir;
    }

    private Path compile() throws IOException {
        Path src = Files.createTempDirectory(workDir, "src");
        Path classes = Files.createTempDirectory(workDir, "classes");
        List<String> arguments = new ArrayList<>(List.of("-d", classes.toString(), "--release", "17",
                "-proc:none", "-classpath", classPath()));
        for (Map.Entry<String, String> source : sources.entrySet()) {
            Path file = src.resolve(source.getKey().replace('.', '/') + ".java");
            Files.createDirectories(file.getParent());
            Files.writeString(file, source.getValue());
            arguments.add(file.toString());
        }
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        ByteArrayOutputStream errors = new ByteArrayOutputStream();
        int status = compiler.run(null, errors, errors, arguments.toArray(new String[0]));
        if (status != 0) {
            throw new IllegalStateException("test plugin does not compile:\n" + errors.toString(StandardCharsets.UTF_8));
        }
        for (Map.Entry<String, List<String>> service : services.entrySet()) {
            Path manifest = classes.resolve("META-INF/services/" + service.getKey());
            Files.createDirectories(manifest.getParent());
            Files.writeString(manifest, String.join("\n", service.getValue()) + "\n", StandardCharsets.UTF_8);
        }
        return classes;
    }

    // The Connect API, kafka-clients and the test classes; read from code sources because surefire's
    // java.class.path may be a single manifest-only jar.
    private static String classPath() {
        return Stream.of(SourceConnector.class, ConfigDef.class, io.tributary.isolation.fixture.Conflict.class)
                .map(PluginJarBuilder::locationOf).distinct().collect(Collectors.joining(java.io.File.pathSeparator));
    }

    private static String locationOf(Class<?> type) {
        try {
            return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
