package io.tributary.plugins.converters;

import org.apache.kafka.connect.storage.Converter;
import org.apache.kafka.connect.storage.HeaderConverter;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.ServiceLoader;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The KIP-898 manifests list every converter, as converter and as header converter. This also
 * catches another plugin's manifest of the same name replacing ours in the shared build output.
 */
class ConverterServiceManifestTest {

    private static final List<Class<?>> CONVERTERS = List.of(BooleanConverter.class, ByteArrayConverter.class,
            DoubleConverter.class, FloatConverter.class, IntegerConverter.class, LongConverter.class, ShortConverter.class);

    @Test
    void manifestsListEveryConverter() {
        assertThat(ServiceLoader.load(Converter.class).stream().<Class<?>>map(ServiceLoader.Provider::type))
                .containsAll(CONVERTERS);
        assertThat(ServiceLoader.load(HeaderConverter.class).stream().<Class<?>>map(ServiceLoader.Provider::type))
                .containsAll(CONVERTERS);
    }
}
