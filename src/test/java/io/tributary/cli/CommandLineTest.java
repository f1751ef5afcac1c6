package io.tributary.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

class CommandLineTest {

    @Test
    void noArgumentsMeansStandaloneWithDefaults() {
        // when
        CommandLine cli = CommandLine.parse();
        // then
        assertThat(cli.mode()).isEqualTo(CommandLine.Mode.STANDALONE);
        assertThat(cli.workerProperties()).isEmpty();
        assertThat(cli.connectorConfigFiles()).isEmpty();
        assertThat(cli.help()).isFalse();
    }

    @Test
    void apacheStandaloneScriptArgumentsAreAccepted() {
        // when: the arguments of Apache's connect-standalone.sh
        CommandLine cli = CommandLine.parse("standalone", "worker.properties", "a.properties", "b.json");
        // then
        assertThat(cli.mode()).isEqualTo(CommandLine.Mode.STANDALONE);
        assertThat(cli.workerProperties()).contains(Path.of("worker.properties"));
        assertThat(cli.connectorConfigFiles()).containsExactly(Path.of("a.properties"), Path.of("b.json"));
    }

    @Test
    void modeWordIsOptionalForStandalone() {
        // when
        CommandLine cli = CommandLine.parse("worker.properties", "a.properties");
        // then
        assertThat(cli.mode()).isEqualTo(CommandLine.Mode.STANDALONE);
        assertThat(cli.workerProperties()).contains(Path.of("worker.properties"));
        assertThat(cli.connectorConfigFiles()).isEqualTo(List.of(Path.of("a.properties")));
    }

    @Test
    void distributedTakesExactlyTheWorkerProperties() {
        // when
        CommandLine cli = CommandLine.parse("distributed", "worker.properties");
        // then
        assertThat(cli.mode()).isEqualTo(CommandLine.Mode.DISTRIBUTED);
        assertThat(cli.workerProperties()).contains(Path.of("worker.properties"));
    }

    @Test
    void distributedWithoutWorkerPropertiesIsAUsageError() {
        // when / then
        assertThatThrownBy(() -> CommandLine.parse("distributed"))
                .isInstanceOf(UsageException.class)
                .hasMessageContaining("exactly one argument");
        assertThatThrownBy(() -> CommandLine.parse("distributed", "a", "b"))
                .isInstanceOf(UsageException.class);
    }

    @Test
    void helpWinsOverEverythingElse() {
        // when
        CommandLine longForm = CommandLine.parse("standalone", "w.properties", "--help");
        CommandLine shortForm = CommandLine.parse("-h", "--bogus");
        // then
        assertThat(longForm.help()).isTrue();
        assertThat(shortForm.help()).isTrue();
    }

    @Test
    void unknownOptionIsAUsageErrorNamingTheOption() {
        // when / then
        assertThatThrownBy(() -> CommandLine.parse("--verbose"))
                .isInstanceOf(UsageException.class)
                .hasMessage("unknown option '--verbose' (see --help)");
    }
}
