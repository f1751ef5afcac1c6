package io.tributary.isolation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.apache.kafka.connect.connector.Connector;
import org.apache.kafka.connect.errors.ConnectException;
import org.apache.kafka.connect.json.JsonConverter;
import org.apache.kafka.connect.storage.Converter;
import org.apache.kafka.connect.storage.HeaderConverter;
import org.apache.kafka.connect.storage.StringConverter;
import org.apache.kafka.connect.transforms.Transformation;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The plugins shipped in the application are found through their ServiceLoader manifests. */
class BuiltinPluginsTest {

    private static Plugins plugins;

    @BeforeAll
    static void load() {
        plugins = Plugins.load(List.of());
    }

    @Test
    void includesTheApacheConvertersTransformsPredicatesAndConfigProviders() {
        assertThat(names(PluginType.CONVERTER)).contains(JsonConverter.class.getName(), StringConverter.class.getName());
        assertThat(names(PluginType.HEADER_CONVERTER)).contains(JsonConverter.class.getName(),
                StringConverter.class.getName(), "org.apache.kafka.connect.storage.SimpleHeaderConverter");
        assertThat(names(PluginType.TRANSFORMATION)).contains("org.apache.kafka.connect.transforms.InsertField$Value",
                "org.apache.kafka.connect.transforms.Cast$Key", "org.apache.kafka.connect.transforms.RegexRouter");
        assertThat(names(PluginType.PREDICATE)).contains("org.apache.kafka.connect.transforms.predicates.HasHeaderKey",
                "org.apache.kafka.connect.transforms.predicates.TopicNameMatches");
        assertThat(names(PluginType.CONFIG_PROVIDER)).contains("org.apache.kafka.common.config.provider.FileConfigProvider",
                "org.apache.kafka.common.config.provider.EnvVarConfigProvider");
    }

    @Test
    void listsAreSortedByClassNameAndComeFromTheClasspath() {
        List<String> transformations = names(PluginType.TRANSFORMATION);
        assertThat(transformations).isSorted().doesNotHaveDuplicates();
        assertThat(plugins.plugins(PluginType.CONVERTER)).allSatisfy(plugin -> {
            assertThat(plugin.location()).isEqualTo("classpath");
            assertThat(plugin.loader()).isSameAs(Plugins.class.getClassLoader());
        });
        assertThat(plugins.all()).extracting(PluginDesc::className).isSorted();
    }

    @Test
    void versionedPluginsReportTheirVersionOthersAreUndefined() {
        PluginDesc insertField = plugins.find("org.apache.kafka.connect.transforms.InsertField$Value").orElseThrow();
        PluginDesc fileConfig = plugins.find("FileConfigProvider").orElseThrow();
        assertThat(insertField.version()).isEqualTo("4.3.1");
        assertThat(fileConfig.version()).isIn("4.3.1", "undefined");
    }

    @Test
    void resolvesFullNameSimpleNameAndSimpleNameWithoutSuffix() {
        assertThat(plugins.find(JsonConverter.class.getName(), PluginType.CONVERTER)).map(PluginDesc::className)
                .contains(JsonConverter.class.getName());
        assertThat(plugins.find("JsonConverter", PluginType.CONVERTER)).map(PluginDesc::type).contains(PluginType.CONVERTER);
        assertThat(plugins.find("Json", PluginType.CONVERTER)).map(PluginDesc::className).contains(JsonConverter.class.getName());
        // aliases are one namespace across types, as in Apache: "String" (from the converter) names the class
        assertThat(plugins.find("String", PluginType.HEADER_CONVERTER)).map(PluginDesc::type).contains(PluginType.HEADER_CONVERTER);
        assertThat(plugins.find("Simple", PluginType.HEADER_CONVERTER)).isPresent(); // Apache prunes "HeaderConverter"
        assertThat(plugins.find("RegexRouter", PluginType.TRANSFORMATION)).isPresent();
        assertThat(plugins.find("TopicNameMatches", PluginType.PREDICATE)).isPresent();
    }

    @Test
    void ambiguousAliasesDoNotResolve() {
        // "Value" is the simple name of every $Value transform; only the full name works
        assertThat(plugins.find("Value", PluginType.TRANSFORMATION)).isEmpty();
        assertThat(plugins.newInstance("org.apache.kafka.connect.transforms.InsertField$Value", Transformation.class,
                PluginType.TRANSFORMATION)).isNotNull();
    }

    @Test
    void typeFilterApplies() {
        assertThat(plugins.find("Json", PluginType.SOURCE, PluginType.SINK)).isEmpty();
        assertThat(plugins.newInstance("StringConverter", HeaderConverter.class, PluginType.HEADER_CONVERTER))
                .isInstanceOf(StringConverter.class);
    }

    @Test
    void unknownConnectorNamesTheAvailableOnesLikeApache() {
        assertThatThrownBy(() -> plugins.newInstance("NoSuch", Connector.class, PluginType.SOURCE, PluginType.SINK))
                .isInstanceOf(ConnectException.class)
                .hasMessageStartingWith("Failed to find any class that implements Connector and which name matches NoSuch,"
                        + " available connectors are: ");
        assertThatThrownBy(() -> plugins.newInstance("NoSuch", Converter.class, PluginType.CONVERTER))
                .hasMessageContaining("available converters are: ")
                .hasMessageContaining(JsonConverter.class.getName());
    }

    @Test
    void classOnTheClasspathWithoutManifestIsFoundByFullName() {
        String unlisted = "io.tributary.isolation.fixture.UnlistedConverter";
        assertThat(names(PluginType.CONVERTER)).doesNotContain(unlisted);
        assertThat(plugins.find(unlisted, PluginType.CONVERTER)).map(PluginDesc::location).contains("classpath");
        assertThat(plugins.find("UnlistedConverter", PluginType.CONVERTER)).isEmpty();
    }

    @Test
    void swapLoaderRestoresTheContextLoader() {
        ClassLoader before = Thread.currentThread().getContextClassLoader();
        ClassLoader other = new ClassLoader(before) { };
        try (LoaderSwap swap = Plugins.swapLoader(other)) {
            assertThat(Thread.currentThread().getContextClassLoader()).isSameAs(other);
            assertThat(swap.previous()).isSameAs(before);
        }
        assertThat(Thread.currentThread().getContextClassLoader()).isSameAs(before);
    }

    private static List<String> names(PluginType type) {
        return plugins.plugins(type).stream().map(PluginDesc::className).collect(java.util.stream.Collectors.toList());
    }
}
