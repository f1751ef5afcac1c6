package io.tributary;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Properties;

import org.junit.jupiter.api.Test;

import io.tributary.broker.EmbeddedBrokerConfig;

/**
 * The embedded broker's settings as read before Quarkus boots follow Quarkus's order of
 * precedence: system properties, then the environment, then the worker properties file, then the
 * packaged application.properties.
 */
class EmbeddedBrokerSettingsTest {

    @Test
    void withNothingSetThePackagedDefaultsApply() {
        // when
        EmbeddedBrokerConfig config = EmbeddedBrokerSettings.beforeBoot(Map.of(), new Properties(), Map.of());
        // then
        assertThat(config).isEqualTo(new EmbeddedBrokerConfig(9092, OptionalInt.empty(), Path.of("data/kafka")));
    }

    @Test
    void theWorkerFileOverridesTheDefaults() {
        // given
        Map<String, String> file = Map.of("tributary.embedded-broker.port", "19092",
                "tributary.embedded-broker.controller-port", "19093", "tributary.embedded-broker.dir", "kafka-data");
        // when
        EmbeddedBrokerConfig config = EmbeddedBrokerSettings.beforeBoot(file, new Properties(), Map.of());
        // then
        assertThat(config).isEqualTo(new EmbeddedBrokerConfig(19092, OptionalInt.of(19093), Path.of("kafka-data")));
    }

    @Test
    void theEnvironmentOverridesTheFileAndSystemPropertiesOverrideBoth() {
        // given
        Map<String, String> file = Map.of("tributary.embedded-broker.port", "19092",
                "tributary.embedded-broker.dir", "from-file");
        Map<String, String> environment = Map.of("TRIBUTARY_EMBEDDED_BROKER_PORT", "29092",
                "TRIBUTARY_EMBEDDED_BROKER_DIR", "from-environment");
        Properties system = new Properties();
        system.setProperty("tributary.embedded-broker.port", "39092");
        // when
        EmbeddedBrokerConfig config = EmbeddedBrokerSettings.beforeBoot(file, system, environment);
        // then
        assertThat(config.port()).isEqualTo(39092);
        assertThat(config.dataDir()).isEqualTo(Path.of("from-environment"));
    }
}
