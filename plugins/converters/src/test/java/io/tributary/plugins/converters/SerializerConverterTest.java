package io.tributary.plugins.converters;

import org.apache.kafka.common.config.ConfigException;
import org.apache.kafka.common.serialization.BooleanSerializer;
import org.apache.kafka.common.serialization.DoubleSerializer;
import org.apache.kafka.common.serialization.FloatSerializer;
import org.apache.kafka.common.serialization.IntegerSerializer;
import org.apache.kafka.common.serialization.LongSerializer;
import org.apache.kafka.common.serialization.Serializer;
import org.apache.kafka.common.serialization.ShortSerializer;
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.data.SchemaAndValue;
import org.apache.kafka.connect.errors.DataException;
import org.apache.kafka.connect.storage.ConverterConfig;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/** The number converters and BooleanConverter, checked byte for byte against kafka-clients. */
class SerializerConverterTest {

    private static final String TOPIC = "topic";

    static Stream<Arguments> converters() {
        return Stream.of(
                arguments(named(LongConverter::new), Long.MAX_VALUE - 7, new LongSerializer(), Schema.OPTIONAL_INT64_SCHEMA),
                arguments(named(IntegerConverter::new), -123_456, new IntegerSerializer(), Schema.OPTIONAL_INT32_SCHEMA),
                arguments(named(ShortConverter::new), (short) 4242, new ShortSerializer(), Schema.OPTIONAL_INT16_SCHEMA),
                arguments(named(DoubleConverter::new), Math.PI, new DoubleSerializer(), Schema.OPTIONAL_FLOAT64_SCHEMA),
                arguments(named(FloatConverter::new), 2.5f, new FloatSerializer(), Schema.OPTIONAL_FLOAT32_SCHEMA),
                arguments(named(BooleanConverter::new), true, new BooleanSerializer(), Schema.OPTIONAL_BOOLEAN_SCHEMA));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("converters")
    <T> void writesTheSerializerBytesAndReadsThemBack(Supplier<SerializerConverter<T>> factory, T value,
                                                      Serializer<T> serializer, Schema schema) {
        // given a value converter
        SerializerConverter<T> converter = factory.get();
        converter.configure(Map.of(), false);
        // when a value is written and read back
        byte[] bytes = converter.fromConnectData(TOPIC, schema, value);
        SchemaAndValue read = converter.toConnectData(TOPIC, bytes);
        // then the bytes are kafka-clients' and the value returns with the optional schema
        assertThat(bytes).isEqualTo(serializer.serialize(TOPIC, value));
        assertThat(read).isEqualTo(new SchemaAndValue(schema, value));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("converters")
    <T> void headersUseTheSameBytes(Supplier<SerializerConverter<T>> factory, T value, Serializer<T> serializer, Schema schema) {
        // given a header converter (configured by the worker with converter.type=header)
        SerializerConverter<T> converter = factory.get();
        converter.configure(Map.of(ConverterConfig.TYPE_CONFIG, "header"));
        // when a header value is written and read back
        byte[] bytes = converter.fromConnectHeader(TOPIC, "h", null, value);
        // then it round-trips through the serializer bytes
        assertThat(bytes).isEqualTo(serializer.serialize(TOPIC, value));
        assertThat(converter.toConnectHeader(TOPIC, "h", bytes)).isEqualTo(new SchemaAndValue(schema, value));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("converters")
    <T> void nullIsNullBothWays(Supplier<SerializerConverter<T>> factory, T value, Serializer<T> serializer, Schema schema) {
        SerializerConverter<T> converter = factory.get();
        converter.configure(Map.of(), true);
        assertThat(converter.fromConnectData(TOPIC, schema, null)).isNull();
        assertThat(converter.toConnectData(TOPIC, null)).isEqualTo(new SchemaAndValue(schema, null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("converters")
    <T> void rejectsOtherTypesAndMalformedBytes(Supplier<SerializerConverter<T>> factory, T value, Serializer<T> serializer,
                                                Schema schema) {
        SerializerConverter<T> converter = factory.get();
        converter.configure(Map.of(), false);
        // a String is no number or boolean, and no converter widens
        assertThatThrownBy(() -> converter.fromConnectData(TOPIC, null, "not a " + value.getClass()))
                .isInstanceOf(DataException.class);
        // three bytes fit none of the fixed-size encodings
        assertThatThrownBy(() -> converter.toConnectData(TOPIC, new byte[3])).isInstanceOf(DataException.class);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("converters")
    <T> void configureWithoutTypeIsAConfigError(Supplier<SerializerConverter<T>> factory, T value, Serializer<T> serializer,
                                                Schema schema) {
        // as Apache's: converter.type is required when configured as a plain Configurable
        SerializerConverter<T> converter = factory.get();
        assertThatThrownBy(() -> converter.configure(Map.of())).isInstanceOf(ConfigException.class);
        assertThat(converter.config().names()).containsExactly(ConverterConfig.TYPE_CONFIG);
        assertThat(converter.version()).isEqualTo("0.1.0");
        converter.close();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("converters")
    <T> void numbersAcceptAnySchemaButBooleanOnlyBoolean(Supplier<SerializerConverter<T>> factory, T value,
                                                        Serializer<T> serializer, Schema schema) {
        SerializerConverter<T> converter = factory.get();
        converter.configure(Map.of(), false);
        if (converter instanceof BooleanConverter) {
            assertThatThrownBy(() -> converter.fromConnectData(TOPIC, Schema.STRING_SCHEMA, value))
                    .isInstanceOf(DataException.class).hasMessageContaining("Invalid schema type");
        } else {
            assertThat(converter.fromConnectData(TOPIC, Schema.STRING_SCHEMA, value)).isEqualTo(serializer.serialize(TOPIC, value));
        }
    }

    /** A supplier whose toString names the converter, for readable test names. */
    private static <T> Supplier<SerializerConverter<T>> named(Supplier<SerializerConverter<T>> factory) {
        String name = factory.get().getClass().getSimpleName();
        return new Supplier<>() {
            @Override
            public SerializerConverter<T> get() {
                return factory.get();
            }

            @Override
            public String toString() {
                return name;
            }
        };
    }
}
