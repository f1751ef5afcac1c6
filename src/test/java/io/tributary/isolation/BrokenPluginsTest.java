package io.tributary.isolation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.kafka.common.config.provider.ConfigProvider;
import org.apache.kafka.connect.connector.Connector;
import org.apache.kafka.connect.errors.ConnectException;
import org.apache.kafka.connect.source.SourceConnector;
import org.apache.kafka.connect.storage.Converter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A broken plugin is skipped and the worker keeps the rest. */
class BrokenPluginsTest {

    private static final String GOOD = "com.example.good.GoodSourceConnector";
    private static final String EXPLODING = "com.example.bad.ExplodingSourceConnector";
    private static final String FAILING_CONSTRUCTOR = "com.example.bad.FailingConstructorConnector";

    @TempDir
    Path temp;
    Path pluginPath;

    @BeforeEach
    void goodPlugin() throws Exception {
        pluginPath = temp.resolve("plugins");
        new PluginJarBuilder(temp).source(GOOD, PluginJarBuilder.sourceConnector(GOOD, "\"1.0\"", ""))
                .service(SourceConnector.class, GOOD).buildJar(pluginPath.resolve("good.jar"));
    }

    @Test
    void garbageJarIsSkipped() throws Exception {
        // given a "jar" of random bytes next to a good plugin
        Files.write(pluginPath.resolve("garbage.jar"), new byte[] {0x13, 0x37, 0x00, 0x42, 0x7f});

        // when loaded
        Plugins plugins = Plugins.load(List.of(pluginPath.toString()));

        // then the good plugin and the built-ins are there
        assertThat(plugins.find(GOOD, PluginType.SOURCE)).isPresent();
        assertThat(plugins.newInstance("JsonConverter", Converter.class, PluginType.CONVERTER)).isNotNull();
    }

    @Test
    void connectorWhoseStaticInitialiserThrowsIsSkipped() throws Exception {
        // given a connector that throws while its class initialises
        new PluginJarBuilder(temp)
                .source(EXPLODING, PluginJarBuilder.sourceConnector(EXPLODING, "\"1.0\"",
                        "  static { if (true) throw new IllegalStateException(\"boom\"); }"))
                .service(SourceConnector.class, EXPLODING).buildJar(pluginPath.resolve("exploding.jar"));

        // when loaded
        Plugins plugins = Plugins.load(List.of(pluginPath.toString()));

        // then only that connector is missing
        assertThat(plugins.plugins(PluginType.SOURCE)).extracting(PluginDesc::className).contains(GOOD).doesNotContain(EXPLODING);
        assertThat(plugins.newInstance(GOOD, Connector.class, PluginType.SOURCE).version()).isEqualTo("1.0");
    }

    @Test
    void manifestNamingAMissingOrWrongClassIsSkipped() throws Exception {
        // given a manifest listing a class that is not there and one that is no SourceConnector
        new PluginJarBuilder(temp)
                .source("com.example.bad.NotAConnector", "package com.example.bad; public class NotAConnector { }")
                .service(SourceConnector.class, "com.example.bad.Missing", "com.example.bad.NotAConnector")
                .buildJar(pluginPath.resolve("wrong.jar"));

        // when loaded
        Plugins plugins = Plugins.load(List.of(pluginPath.toString()));

        // then neither is a plugin, the rest loads
        assertThat(plugins.all()).extracting(PluginDesc::className)
                .contains(GOOD).doesNotContain("com.example.bad.Missing", "com.example.bad.NotAConnector");
    }

    @Test
    void missingOrUnreadablePluginPathElementsAreSkipped() throws Exception {
        // given plugin.path elements that do not exist, are empty, or are a plain file
        Path notAPlugin = Files.writeString(temp.resolve("notes.txt"), "not a plugin");

        // when loaded
        Plugins plugins = Plugins.load(List.of(temp.resolve("nope").toString(), "", pluginPath.toString(), notAPlugin.toString()));

        // then what is readable is loaded
        assertThat(plugins.find(GOOD)).isPresent();
    }

    @Test
    void constructorFailureSurfacesAsConnectExceptionNamingThePlugin() throws Exception {
        // given a config provider (not Versioned, so not created at load) whose constructor throws
        String provider = "com.example.bad.FailingConfigProvider";
        new PluginJarBuilder(temp)
                .source(provider, "package com.example.bad;\n"
                        + "import java.util.*;\n"
                        + "import org.apache.kafka.common.config.ConfigData;\n"
                        + "public class FailingConfigProvider implements org.apache.kafka.common.config.provider.ConfigProvider {\n"
                        + "  public FailingConfigProvider() { throw new IllegalStateException(\"no licence\"); }\n"
                        + "  public void configure(Map<String, ?> configs) { }\n"
                        + "  public ConfigData get(String path) { return null; }\n"
                        + "  public ConfigData get(String path, Set<String> keys) { return null; }\n"
                        + "  public void close() { }\n"
                        + "}\n")
                .service(ConfigProvider.class, provider).buildJar(pluginPath.resolve("failing.jar"));
        Plugins plugins = Plugins.load(List.of(pluginPath.toString()));

        // when it is instantiated, then the failure names the class, its location and the cause
        assertThatThrownBy(() -> plugins.newInstance("Failing", ConfigProvider.class, PluginType.CONFIG_PROVIDER))
                .isInstanceOf(ConnectException.class)
                .hasMessageContaining(provider)
                .hasMessageContaining("failing.jar")
                .hasMessageContaining("no licence");
    }

    @Test
    void instanceOfTheWrongBaseTypeIsRefused() throws Exception {
        // given a connector, when asked for as a Converter, then a ConnectException says so
        Plugins plugins = Plugins.load(List.of(pluginPath.toString()));
        PluginDesc good = plugins.find(GOOD).orElseThrow();
        assertThatThrownBy(() -> plugins.newInstance(good, Converter.class))
                .isInstanceOf(ConnectException.class)
                .hasMessageContaining("is not a " + Converter.class.getName());
    }

    @Test
    void connectorWhoseVersionThrowsIsSkipped() throws Exception {
        // given a connector whose constructor fails while the worker asks its version
        new PluginJarBuilder(temp)
                .source(FAILING_CONSTRUCTOR, PluginJarBuilder.sourceConnector(FAILING_CONSTRUCTOR, "\"1.0\"",
                        "  public FailingConstructorConnector() { throw new IllegalStateException(\"no\"); }"))
                .service(SourceConnector.class, FAILING_CONSTRUCTOR).buildJar(pluginPath.resolve("ctor.jar"));

        // when loaded, then it is skipped
        assertThat(Plugins.load(List.of(pluginPath.toString())).find(FAILING_CONSTRUCTOR)).isEmpty();
    }
}
