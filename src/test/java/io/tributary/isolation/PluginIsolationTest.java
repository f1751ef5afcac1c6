package io.tributary.isolation;

import static org.assertj.core.api.Assertions.assertThat;

import io.tributary.isolation.fixture.Conflict;
import java.lang.reflect.Field;
import java.nio.file.Path;
import java.util.List;
import org.apache.kafka.connect.connector.Connector;
import org.apache.kafka.connect.source.SourceConnector;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A plugin on plugin.path runs against its own copies of its dependencies, and the app against its own. */
class PluginIsolationTest {

    static final String CONNECTOR = "com.example.isolated.IsolatedSourceConnector";
    private static final String PLUGIN_CONFLICT = "package io.tributary.isolation.fixture;\n"
            + "public final class Conflict { public static String origin() { return \"plugin\"; } }\n";
    private static final String CAPTURE_TCCL =
            "  public final ClassLoader constructedWith = Thread.currentThread().getContextClassLoader();";

    @TempDir
    Path temp;

    @Test
    void connectorSeesThePluginsCopyWhileTheAppSeesItsOwn() throws Exception {
        // given a plugin jar carrying a connector and its own io.tributary.isolation.fixture.Conflict
        Path pluginPath = temp.resolve("plugins");
        isolatedPlugin().buildJar(pluginPath.resolve("isolated").resolve("isolated-1.0.jar"));

        // when the worker loads plugin.path and creates the connector
        Plugins plugins = Plugins.load(List.of(pluginPath.toString()));
        PluginDesc desc = plugins.find(CONNECTOR, PluginType.SOURCE).orElseThrow();
        Connector connector = plugins.newInstance(desc, Connector.class);

        // then the connector's dependency is the plugin's copy, and the app still has its own
        assertThat(desc.version()).isEqualTo("plugin");
        assertThat(connector.version()).isEqualTo("plugin");
        assertThat(Conflict.origin()).isEqualTo("app");
        assertThat(desc.loader()).isInstanceOf(PluginClassLoader.class).isNotSameAs(Conflict.class.getClassLoader());
        assertThat(desc.loader().loadClass(Conflict.class.getName())).isNotSameAs(Conflict.class);
        assertThat(desc.location()).isEqualTo(pluginPath.resolve("isolated").toAbsolutePath().toString());
        // and the Connect API is shared: the plugin's connector is the runtime's SourceConnector
        assertThat(connector).isInstanceOf(SourceConnector.class);
        assertThat(connector.getClass().getClassLoader()).isSameAs(desc.loader());
    }

    @Test
    void constructsWithThePluginLoaderAsContextLoaderAndRestoresIt() throws Exception {
        // given the isolated plugin
        Path pluginPath = temp.resolve("plugins");
        isolatedPlugin().buildJar(pluginPath.resolve("isolated.jar"));
        Plugins plugins = Plugins.load(List.of(pluginPath.toString()));
        ClassLoader before = Thread.currentThread().getContextClassLoader();

        // when it is instantiated by alias
        Connector connector = plugins.newInstance("IsolatedSource", Connector.class, PluginType.SOURCE);

        // then its constructor ran with the plugin's loader as context loader, and ours is back
        Field field = connector.getClass().getField("constructedWith");
        assertThat(field.get(connector)).isSameAs(connector.getClass().getClassLoader());
        assertThat(Thread.currentThread().getContextClassLoader()).isSameAs(before);
    }

    @Test
    void dependencyInASeparateJarOfTheSamePluginDirectoryIsIsolatedToo() throws Exception {
        // given a plugin directory with the connector in one jar and its dependency in another
        Path plugin = temp.resolve("plugins").resolve("multi");
        new PluginJarBuilder(temp).source(CONNECTOR, connectorSource())
                .service(SourceConnector.class, CONNECTOR).buildJar(plugin.resolve("connector.jar"));
        new PluginJarBuilder(temp).source(Conflict.class.getName(), PLUGIN_CONFLICT)
                .buildJar(plugin.resolve("lib").resolve("dependency.jar"));

        // when loaded
        Plugins plugins = Plugins.load(List.of(temp.resolve("plugins").toString()));

        // then the connector links against the dependency jar's copy
        assertThat(plugins.newInstance(CONNECTOR, Connector.class, PluginType.SOURCE).version()).isEqualTo("plugin");
        assertThat(Conflict.origin()).isEqualTo("app");
    }

    @Test
    void classDirectoryAndJarNamedDirectlyOnPluginPathAreEachAPlugin() throws Exception {
        // given a class-directory plugin inside a plugin.path directory, and a jar that is itself an element
        isolatedPlugin().buildClassDirectory(temp.resolve("plugins").resolve("classes"));
        Path jar = new PluginJarBuilder(temp)
                .source("com.example.other.OtherSourceConnector", PluginJarBuilder.sourceConnector(
                        "com.example.other.OtherSourceConnector", "\"2.0\"", ""))
                .service(SourceConnector.class, "com.example.other.OtherSourceConnector")
                .buildJar(temp.resolve("standalone").resolve("other.jar"));

        // when both are on plugin.path
        Plugins plugins = Plugins.load(List.of(temp.resolve("plugins").toString(), " " + jar + " "));

        // then each comes from its own loader
        PluginDesc classes = plugins.find(CONNECTOR).orElseThrow();
        PluginDesc other = plugins.find("OtherSource", PluginType.SOURCE).orElseThrow();
        assertThat(classes.version()).isEqualTo("plugin");
        assertThat(other.version()).isEqualTo("2.0");
        assertThat(other.loader()).isNotSameAs(classes.loader());
        assertThat(other.location()).isEqualTo(jar.toString());
    }

    @Test
    void jarWithoutManifestIsScannedForPlugins() throws Exception {
        // given a plugin jar with no META-INF/services (older plugins)
        new PluginJarBuilder(temp).source(CONNECTOR, connectorSource())
                .source(Conflict.class.getName(), PLUGIN_CONFLICT)
                .buildJar(temp.resolve("plugins").resolve("legacy.jar"));

        // when loaded
        Plugins plugins = Plugins.load(List.of(temp.resolve("plugins").toString()));

        // then class scanning finds its connector, and only its connector
        assertThat(plugins.plugins(PluginType.SOURCE)).extracting(PluginDesc::className).contains(CONNECTOR);
        assertThat(plugins.all()).extracting(PluginDesc::className).doesNotContain(Conflict.class.getName());
    }

    private PluginJarBuilder isolatedPlugin() {
        return new PluginJarBuilder(temp).source(CONNECTOR, connectorSource())
                .source(Conflict.class.getName(), PLUGIN_CONFLICT)
                .service(SourceConnector.class, CONNECTOR);
    }

    private static String connectorSource() {
        return PluginJarBuilder.sourceConnector(CONNECTOR, "io.tributary.isolation.fixture.Conflict.origin()", CAPTURE_TCCL);
    }
}
