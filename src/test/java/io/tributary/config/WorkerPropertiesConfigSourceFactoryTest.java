package io.tributary.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.apache.kafka.common.config.ConfigException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;

class WorkerPropertiesConfigSourceFactoryTest {

    @TempDir
    Path dir;

    @Test
    void apacheKeysBecomeQuotedWorkerKeys() {
        // when
        Map<String, String> mapped = WorkerPropertiesConfigSourceFactory.toQuarkusProperties(
                Map.of("bootstrap.servers", "k:9092", "producer.linger.ms", "5"));
        // then
        assertThat(mapped).containsOnly(Map.entry("tributary.worker.\"bootstrap.servers\"", "k:9092"),
                Map.entry("tributary.worker.\"producer.linger.ms\"", "5"));
    }

    @Test
    void tributaryAndQuarkusKeysAreTakenAsTheyAre() {
        // when
        Map<String, String> mapped = WorkerPropertiesConfigSourceFactory.toQuarkusProperties(
                Map.of("tributary.embedded-broker.port", "19092", "tributary.embedded-broker.dir", "d",
                        "quarkus.log.level", "DEBUG"));
        // then
        assertThat(mapped).containsOnly(Map.entry("tributary.embedded-broker.port", "19092"),
                Map.entry("tributary.embedded-broker.dir", "d"), Map.entry("quarkus.log.level", "DEBUG"));
    }

    @Test
    void listenersBecomesTheHttpHostAndPort() {
        // when
        Map<String, String> mapped = WorkerPropertiesConfigSourceFactory.toQuarkusProperties(
                Map.of("listeners", "http://127.0.0.1:8085,http://:8086"));
        // then
        assertThat(mapped).containsEntry("quarkus.http.host", "127.0.0.1")
                .containsEntry("quarkus.http.port", "8085")
                .containsEntry("tributary.worker.\"listeners\"", "http://127.0.0.1:8085,http://:8086");
    }

    @Test
    void restPortBecomesTheHttpPortOnAllInterfaces() {
        // when
        Map<String, String> mapped = WorkerPropertiesConfigSourceFactory.toQuarkusProperties(
                Map.of("rest.port", "8099"));
        // then
        assertThat(mapped).containsEntry("quarkus.http.host", "0.0.0.0").containsEntry("quarkus.http.port", "8099");
    }

    @Test
    void withoutListenersTheHttpSettingsAreLeftAlone() {
        // when
        Map<String, String> mapped = WorkerPropertiesConfigSourceFactory.toQuarkusProperties(
                Map.of("group.id", "g"));
        // then
        assertThat(mapped).doesNotContainKeys("quarkus.http.host", "quarkus.http.port");
    }

    @Test
    void namedFileIsReadIntoConfigurationAboveApplicationProperties() throws IOException {
        // given: a worker file, and application.properties-level defaults it overrides
        Path file = Files.writeString(dir.resolve("worker.properties"),
                "bootstrap.servers=k:9092\ntributary.embedded-broker.port=19092\nrest.port=8099\n");
        SmallRyeConfig config = new SmallRyeConfigBuilder()
                .withSources(new PropertiesConfigSource(Map.of(
                        WorkerPropertiesConfigSourceFactory.FILE_PROPERTY, file.toString(),
                        "tributary.embedded-broker.port", "9092", "quarkus.http.port", "8083"),
                        "application.properties", 250))
                .withSources(new WorkerPropertiesConfigSourceFactory())
                .build();
        // when / then
        assertThat(config.getValue("tributary.embedded-broker.port", Integer.class)).isEqualTo(19092);
        assertThat(config.getValue("quarkus.http.port", Integer.class)).isEqualTo(8099);
        assertThat(config.getValue("tributary.worker.\"bootstrap.servers\"", String.class)).isEqualTo("k:9092");
    }

    @Test
    void systemPropertiesAndEnvironmentStillWinOverTheFile() throws IOException {
        // given: an operator override at system-property level (ordinal 400)
        Path file = Files.writeString(dir.resolve("worker.properties"), "tributary.embedded-broker.port=19092\n");
        SmallRyeConfig config = new SmallRyeConfigBuilder()
                .withSources(new PropertiesConfigSource(Map.of(
                        WorkerPropertiesConfigSourceFactory.FILE_PROPERTY, file.toString()), "defaults", 100))
                .withSources(new PropertiesConfigSource(Map.of("tributary.embedded-broker.port", "29092"),
                        "system", 400))
                .withSources(new WorkerPropertiesConfigSourceFactory())
                .build();
        // when / then
        assertThat(config.getValue("tributary.embedded-broker.port", Integer.class)).isEqualTo(29092);
    }

    @Test
    void withoutAFileNoSourceIsAdded() {
        // given
        SmallRyeConfig config = new SmallRyeConfigBuilder()
                .withSources(new WorkerPropertiesConfigSourceFactory())
                .build();
        // when / then
        assertThat(config.getConfigSources()).noneMatch(source -> source.getName().startsWith("worker properties"));
    }

    @Test
    void missingFileIsAOneLineConfigError() {
        // given
        Path missing = dir.resolve("missing.properties");
        // when / then
        assertThatThrownBy(() -> new SmallRyeConfigBuilder()
                .withSources(new PropertiesConfigSource(Map.of(
                        WorkerPropertiesConfigSourceFactory.FILE_PROPERTY, missing.toString()), "defaults", 100))
                .withSources(new WorkerPropertiesConfigSourceFactory())
                .build())
                .isInstanceOf(ConfigException.class)
                .hasMessage("properties file " + missing + " does not exist");
    }
}
