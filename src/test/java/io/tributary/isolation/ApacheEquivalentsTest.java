package io.tributary.isolation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Apache connect-runtime and connect-file plugins map to Tributary's, name for name. */
class ApacheEquivalentsTest {

    @Test
    void mapsEveryApacheRuntimeConverterAndTheFileConnectors() {
        assertThat(ApacheEquivalents.tributary().asMap()).containsOnly(
                entry("org.apache.kafka.connect.converters.ByteArrayConverter", "io.tributary.plugins.converters.ByteArrayConverter"),
                entry("org.apache.kafka.connect.converters.DoubleConverter", "io.tributary.plugins.converters.DoubleConverter"),
                entry("org.apache.kafka.connect.converters.FloatConverter", "io.tributary.plugins.converters.FloatConverter"),
                entry("org.apache.kafka.connect.converters.IntegerConverter", "io.tributary.plugins.converters.IntegerConverter"),
                entry("org.apache.kafka.connect.converters.LongConverter", "io.tributary.plugins.converters.LongConverter"),
                entry("org.apache.kafka.connect.converters.ShortConverter", "io.tributary.plugins.converters.ShortConverter"),
                entry("org.apache.kafka.connect.converters.BooleanConverter", "io.tributary.plugins.converters.BooleanConverter"),
                entry("org.apache.kafka.connect.storage.SimpleHeaderConverter", "io.tributary.plugins.converters.SimpleHeaderConverter"),
                entry("org.apache.kafka.connect.file.FileStreamSourceConnector", "io.tributary.plugins.file.FileStreamSourceConnector"),
                entry("org.apache.kafka.connect.file.FileStreamSinkConnector", "io.tributary.plugins.file.FileStreamSinkConnector"));
    }

    @Test
    void unknownNamesHaveNoEquivalent() {
        assertThat(ApacheEquivalents.tributary().replacementFor("org.apache.kafka.connect.json.JsonConverter")).isEmpty();
    }

    private static java.util.Map.Entry<String, String> entry(String apache, String ours) {
        return java.util.Map.entry(apache, ours);
    }
}
