package io.tributary.isolation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.apache.kafka.connect.source.SourceConnector;
import org.apache.kafka.connect.storage.Converter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Lookups when the same class ships in several plugins, and a connector's own loader comes first. */
class PluginLookupTest {

    private static final String SHARED = "com.example.shared.SharedConverter";
    private static final String HIDDEN = "com.example.shared.HiddenConverter";
    private static final String CONNECTOR_A = "com.example.a.AlphaSourceConnector";

    @TempDir
    Path temp;
    Plugins plugins;

    @BeforeEach
    void twoPluginsShippingTheSameConverter() throws Exception {
        Path pluginPath = temp.resolve("plugins");
        new PluginJarBuilder(temp)
                .source(CONNECTOR_A, PluginJarBuilder.sourceConnector(CONNECTOR_A, "\"1.0\"", ""))
                .source(SHARED, converter(SHARED, "1.0"))
                .source(HIDDEN, converter(HIDDEN, "1.0"))
                .service(SourceConnector.class, CONNECTOR_A)
                .service(Converter.class, SHARED)
                .buildJar(pluginPath.resolve("alpha.jar"));
        new PluginJarBuilder(temp).source(SHARED, converter(SHARED, "2.0"))
                .service(Converter.class, SHARED).buildJar(pluginPath.resolve("beta.jar"));
        plugins = Plugins.load(List.of(pluginPath.toString()));
    }

    @Test
    void listsEachClassOnceWithItsNewestVersion() {
        assertThat(plugins.plugins(PluginType.CONVERTER)).filteredOn(plugin -> plugin.className().equals(SHARED))
                .singleElement().extracting(PluginDesc::version).isEqualTo("2.0");
        assertThat(plugins.find(SHARED, PluginType.CONVERTER)).map(PluginDesc::version).contains("2.0");
    }

    @Test
    void connectorsOwnLoaderIsPreferred() {
        // given the connector's plugin loader
        ClassLoader alpha = plugins.find(CONNECTOR_A).orElseThrow().loader();

        // when its config names the converter, then the copy packaged with it is used
        PluginDesc converter = plugins.find("SharedConverter", alpha, PluginType.CONVERTER).orElseThrow();
        assertThat(converter.version()).isEqualTo("1.0");
        assertThat(converter.loader()).isSameAs(alpha);
        assertThat(plugins.newInstance(converter, Converter.class).getClass().getClassLoader()).isSameAs(alpha);
    }

    @Test
    void unlistedClassBundledWithTheConnectorIsFoundThroughItsLoaderOnly() {
        ClassLoader alpha = plugins.find(CONNECTOR_A).orElseThrow().loader();
        assertThat(plugins.find(HIDDEN, PluginType.CONVERTER)).isEmpty();
        assertThat(plugins.find(HIDDEN, alpha, PluginType.CONVERTER)).map(PluginDesc::loader).contains(alpha);
    }

    @Test
    void preferredLoaderFallsBackToGlobalPlugins() {
        ClassLoader alpha = plugins.find(CONNECTOR_A).orElseThrow().loader();
        assertThat(plugins.find("JsonConverter", alpha, PluginType.CONVERTER)).map(PluginDesc::location).contains("classpath");
    }

    private static String converter(String className, String version) {
        int dot = className.lastIndexOf('.');
        return "package " + className.substring(0, dot) + ";\n"
                + "public class " + className.substring(dot + 1) + " implements org.apache.kafka.connect.storage.Converter {\n"
                + "  public String version() { return \"" + version + "\"; }\n"
                + "  public void configure(java.util.Map<String, ?> c, boolean k) { }\n"
                + "  public byte[] fromConnectData(String t, org.apache.kafka.connect.data.Schema s, Object v) { return null; }\n"
                + "  public org.apache.kafka.connect.data.SchemaAndValue toConnectData(String t, byte[] v) { return null; }\n"
                + "}\n";
    }
}
