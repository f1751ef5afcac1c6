package io.tributary.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.tributary.testkit.TributaryProcess;

/** The packaged jar's answer to bad input: exit 2 and one line on stderr, never a stack trace. */
class CommandLinePackagedIT {

    private static final Duration EXIT_TIMEOUT = Duration.ofSeconds(60);

    @TempDir
    Path workDir;

    private TributaryProcess tributary;

    @AfterEach
    void stopProcess() {
        if (tributary != null) {
            tributary.close();
        }
    }

    @Test
    void helpPrintsUsageAndExitsZero() {
        // when
        tributary = TributaryProcess.start(workDir, 0, "--help");
        // then
        assertThat(tributary.awaitExit(EXIT_TIMEOUT)).isZero();
        assertThat(tributary.stdout()).startsWith("Usage: tributary");
        assertThat(tributary.stderr()).isEmpty();
    }

    @Test
    void unknownOptionExitsTwoWithOneLine() {
        // when
        tributary = TributaryProcess.start(workDir, 0, "--bogus");
        // then
        assertExitsTwoWithOneLine("tributary: unknown option '--bogus' (see --help)");
    }

    @Test
    void badPortInWorkerPropertiesExitsTwoWithOneLine() throws IOException {
        // given
        Path file = Files.writeString(workDir.resolve("worker.properties"), "rest.port=abc\n");
        // when
        tributary = TributaryProcess.start(workDir, 0, file.toString());
        // then
        assertExitsTwoWithOneLine("tributary: Invalid value abc for configuration rest.port");
    }

    @Test
    void mistypedTributaryKeyExitsTwoWithOneLine() throws IOException {
        // given: a key under tributary.* that no setting has
        Path file = Files.writeString(workDir.resolve("worker.properties"),
                "tributary.embedded-broker.prot=19092\nlisteners=http://127.0.0.1:" + TributaryProcess.freePort()
                        + "\n");
        // when
        tributary = TributaryProcess.start(workDir, 0, file.toString());
        // then
        assertExitsTwoWithOneLine("tributary: invalid configuration: ");
        assertThat(tributary.stderr()).contains("tributary.embedded-broker.prot");
    }

    @Test
    void distributedModeIsNotYetSupported() throws IOException {
        // given
        Path file = Files.writeString(workDir.resolve("worker.properties"), "group.id=g\n");
        // when
        tributary = TributaryProcess.start(workDir, 0, "distributed", file.toString());
        // then
        assertExitsTwoWithOneLine("tributary: distributed mode is not yet supported");
    }

    private void assertExitsTwoWithOneLine(String expectedStart) {
        assertThat(tributary.awaitExit(EXIT_TIMEOUT)).as(tributary.output()).isEqualTo(2);
        assertThat(tributary.stderr().lines().toList()).as(tributary.output()).singleElement().asString()
                .startsWith(expectedStart)
                .doesNotContain("Exception");
        assertThat(tributary.stdout()).doesNotContain("\tat ");
    }
}
