package io.tributary.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.smallrye.config.ConfigValidationException;
import io.tributary.config.WorkerPropertiesConfigSourceFactory;

/** {@link TributaryMain#prepare}: what the process does with its command line before Quarkus starts. */
class TributaryMainTest {

    private static final int WOULD_START = -1;
    private static final List<String> PUBLISHED = List.of("tributary.mode", "tributary.connector-config-files",
            WorkerPropertiesConfigSourceFactory.FILE_PROPERTY, "quarkus.http.port");

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @TempDir
    Path dir;

    @AfterEach
    void clearPublishedProperties() {
        PUBLISHED.forEach(System::clearProperty);
    }

    @Test
    void helpPrintsUsageAndExitsZero() {
        // when
        int code = prepare("--help");
        // then
        assertThat(code).isZero();
        assertThat(stdout()).startsWith("Usage: tributary").contains("distributed WORKER_PROPS");
        assertThat(stderr()).isEmpty();
    }

    @Test
    void unknownOptionExitsTwoWithOneLine() {
        // when
        int code = prepare("--frobnicate");
        // then
        assertUsageError(code, "unknown option '--frobnicate'");
    }

    @Test
    void missingWorkerPropertiesFileExitsTwoWithOneLine() {
        // when
        int code = prepare(dir.resolve("nope.properties").toString());
        // then
        assertUsageError(code, "does not exist");
    }

    @Test
    void unreadableWorkerPropertiesFileExitsTwoWithOneLine() throws IOException {
        // given: a file nobody may read (root reads it anyway, so the test needs a normal user)
        Path file = workerProperties("rest.port=8083");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("---------"));
        assumeFalse(Files.isReadable(file), "running as a user who can read any file");
        // when
        int code = prepare(file.toString());
        // then
        assertUsageError(code, "cannot read properties file");
    }

    @Test
    void malformedWorkerPropertiesFileExitsTwoWithOneLine() throws IOException {
        // given: an escape that java.util.Properties rejects
        Path file = workerProperties("rest.port=\\uZZZZ");
        // when
        int code = prepare(file.toString());
        // then
        assertUsageError(code, "cannot read properties file");
    }

    @Test
    void directoryInsteadOfWorkerPropertiesExitsTwoWithOneLine() {
        // when
        int code = prepare(dir.toString());
        // then
        assertUsageError(code, "cannot read properties file " + dir);
    }

    @ParameterizedTest
    @ValueSource(strings = {"rest.port=abc", "rest.port=70000", "offset.flush.interval.ms=-1",
            "task.shutdown.graceful.timeout.ms=soon", "tributary.embedded-broker.port=abc",
            "tributary.embedded-broker.port=-5", "listeners=ftp://x", "listeners=http://host-without-port"})
    void badValueExitsTwoWithOneLineNamingTheKey(String line) throws IOException {
        // given
        Path file = workerProperties(line);
        String key = line.substring(0, line.indexOf('='));
        // when
        int code = prepare(file.toString());
        // then
        assertUsageError(code, key);
    }

    @Test
    void missingConnectorConfigFileExitsTwoWithOneLine() throws IOException {
        // given
        Path worker = workerProperties("listeners=http://127.0.0.1:0");
        // when
        int code = prepare("standalone", worker.toString(), dir.resolve("missing-connector.properties").toString());
        // then
        assertUsageError(code, "connector configuration file");
    }

    @Test
    void distributedModeIsNotYetSupported() throws IOException {
        // given
        Path worker = workerProperties("group.id=g");
        // when
        int code = prepare("distributed", worker.toString());
        // then
        assertUsageError(code, "not yet supported");
    }

    @Test
    void validInputWouldStartAndPublishesTheCommandLine() throws IOException {
        // given
        Path worker = workerProperties("listeners=http://127.0.0.1:0\noffset.flush.interval.ms=1000");
        Path connector = Files.writeString(dir.resolve("c.properties"), "name=c\n");
        // when
        int code = prepare("standalone", worker.toString(), connector.toString());
        // then
        assertThat(code).isEqualTo(WOULD_START);
        assertThat(stderr()).isEmpty();
        assertThat(System.getProperty("tributary.mode")).isEqualTo("standalone");
        assertThat(System.getProperty(WorkerPropertiesConfigSourceFactory.FILE_PROPERTY))
                .isEqualTo(worker.toAbsolutePath().toString());
        assertThat(System.getProperty("tributary.connector-config-files"))
                .isEqualTo(connector.toAbsolutePath().toString());
    }

    @Test
    void noArgumentsWouldStartWithDefaults() {
        // given: the REST port is chosen elsewhere, so a busy 8083 on this machine does not matter
        System.setProperty("quarkus.http.port", "0");
        // when
        int code = prepare();
        // then
        assertThat(code).isEqualTo(WOULD_START);
        assertThat(System.getProperty("tributary.mode")).isEqualTo("standalone");
        assertThat(System.getProperty(WorkerPropertiesConfigSourceFactory.FILE_PROPERTY)).isNull();
    }

    @Test
    void invalidConfigurationFoundByQuarkusIsDescribedInOneLine() {
        // given: what SmallRye Config throws, wrapped as Quarkus wraps a failed start
        var invalid = new ConfigValidationException(new ConfigValidationException.Problem[] {
                new ConfigValidationException.Problem("SRCFG00050: tributary.embedded-broker.prot does not map"),
                new ConfigValidationException.Problem("SRCFG00039: tributary.embedded-broker.port is not an int")});
        RuntimeException failure = new RuntimeException("Failed to start quarkus", invalid);
        // when
        var found = TributaryMain.configProblem(failure);
        // then
        assertThat(found).isSameAs(invalid);
        assertThat(TributaryMain.describe(found)).isEqualTo("invalid configuration: SRCFG00050: "
                + "tributary.embedded-broker.prot does not map; SRCFG00039: tributary.embedded-broker.port is not an int");
        assertThat(TributaryMain.configProblem(new IllegalStateException("other"))).isNull();
    }

    private int prepare(String... args) {
        return TributaryMain.prepare(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private Path workerProperties(String content) throws IOException {
        return Files.writeString(dir.resolve("worker.properties"), content + "\n");
    }

    private void assertUsageError(int code, String expected) {
        assertThat(code).isEqualTo(TributaryMain.EXIT_USAGE);
        assertThat(stderr().lines().toList()).singleElement().asString()
                .startsWith("tributary: ")
                .contains(expected)
                .doesNotContain("Exception", "\tat ");
        assertThat(stdout()).isEmpty();
        assertThat(System.getProperty("tributary.mode")).isNull();
    }

    private String stdout() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String stderr() {
        return err.toString(StandardCharsets.UTF_8);
    }
}
