package io.tributary.isolation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Apache's alias rules: simple name, simple name without the type suffix, ambiguity means no alias. */
class PluginAliasesTest {

    @Test
    void simpleAndPrunedNamesResolve() {
        PluginAliases aliases = PluginAliases.of(List.of(
                desc("com.example.JdbcSourceConnector", PluginType.SOURCE),
                desc("com.example.AvroConverter", PluginType.CONVERTER),
                desc("com.example.MyHeaderConverter", PluginType.HEADER_CONVERTER),
                desc("com.example.Mask$Value", PluginType.TRANSFORMATION),
                desc("com.example.DropTransformation", PluginType.TRANSFORMATION)));

        assertThat(aliases.resolve("JdbcSourceConnector")).isEqualTo("com.example.JdbcSourceConnector");
        assertThat(aliases.resolve("JdbcSource")).isEqualTo("com.example.JdbcSourceConnector");
        assertThat(aliases.resolve("Avro")).isEqualTo("com.example.AvroConverter");
        assertThat(aliases.resolve("My")).isEqualTo("com.example.MyHeaderConverter");
        assertThat(aliases.resolve("Value")).isEqualTo("com.example.Mask$Value");
        assertThat(aliases.resolve("Drop")).isEqualTo("com.example.DropTransformation");
        assertThat(aliases.resolve("com.example.AvroConverter")).isEqualTo("com.example.AvroConverter");
    }

    @Test
    void ambiguousAliasesResolveToNothing() {
        PluginAliases aliases = PluginAliases.of(List.of(
                desc("com.one.FileSinkConnector", PluginType.SINK),
                desc("com.two.FileSinkConnector", PluginType.SINK),
                desc("com.one.Foo", PluginType.CONVERTER),
                desc("com.two.FooConverter", PluginType.CONVERTER)));

        assertThat(aliases.resolve("FileSinkConnector")).isEqualTo("FileSinkConnector");
        assertThat(aliases.resolve("FileSink")).isEqualTo("FileSink");
        assertThat(aliases.resolve("Foo")).isEqualTo("Foo");
        assertThat(aliases.resolve("FooConverter")).isEqualTo("com.two.FooConverter");
    }

    @Test
    void oneClassUnderTwoTypesIsNotAmbiguous() {
        PluginAliases aliases = PluginAliases.of(List.of(
                desc("com.example.TextConverter", PluginType.CONVERTER),
                desc("com.example.TextConverter", PluginType.HEADER_CONVERTER)));
        assertThat(aliases.resolve("Text")).isEqualTo("com.example.TextConverter");
        assertThat(aliases.resolve("TextConverter")).isEqualTo("com.example.TextConverter");
    }

    @Test
    void versionsCompareNumerically() {
        assertThat(PluginDescriber.compareVersions("10.0.1", "9.2")).isPositive();
        assertThat(PluginDescriber.compareVersions("4.3.1", "4.3.1")).isZero();
        assertThat(PluginDescriber.compareVersions("undefined", "0.1")).isNegative();
        assertThat(PluginDescriber.compareVersions("1.2", "1.2.1")).isNegative();
    }

    private static PluginDesc desc(String className, PluginType type) {
        return new PluginDesc(className, type, "1.0", PluginAliasesTest.class.getClassLoader(), "classpath");
    }
}
