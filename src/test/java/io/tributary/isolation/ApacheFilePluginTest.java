package io.tributary.isolation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.kafka.connect.connector.Connector;
import org.apache.kafka.connect.source.SourceConnector;
import org.apache.kafka.connect.storage.Converter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Apache's own connect-file 4.3.1 jar (copied to target/isolation-plugins by the build) loads from
 * plugin.path, and wins over Tributary's stand-in for it.
 */
class ApacheFilePluginTest {

    private static final Path CONNECT_FILE = Path.of("target", "isolation-plugins", "connect-file-4.3.1.jar");
    private static final String APACHE_SOURCE = "org.apache.kafka.connect.file.FileStreamSourceConnector";
    private static final String APACHE_BYTES = "org.apache.kafka.connect.converters.ByteArrayConverter";
    private static final String STAND_IN = "io.tributary.isolation.fixture.UnlistedConverter";

    @TempDir
    static Path temp;
    private static Path pluginPath;

    @BeforeAll
    static void copyApacheJar() throws Exception {
        assertThat(CONNECT_FILE)
                .as("the build copies org.apache.kafka:connect-file:4.3.1 there (maven-dependency-plugin, "
                        + "execution isolation-test-plugins); run the tests through ./mvnw")
                .isRegularFile();
        pluginPath = temp.resolve("plugins");
        Files.createDirectories(pluginPath.resolve("connect-file"));
        Files.copy(CONNECT_FILE, pluginPath.resolve("connect-file").resolve(CONNECT_FILE.getFileName()));
    }

    @Test
    void apacheFileStreamSourceLoadsByFullNameInItsOwnLoader() {
        // given the Apache jar on plugin.path, when loaded
        Plugins plugins = Plugins.load(List.of(pluginPath.toString()));
        PluginDesc source = plugins.find(APACHE_SOURCE, PluginType.SOURCE, PluginType.SINK).orElseThrow();
        Connector connector = plugins.newInstance(source, Connector.class);

        // then it is Apache's class, isolated, reporting Apache's version
        assertThat(source.version()).isEqualTo("4.3.1");
        assertThat(source.loader()).isInstanceOf(PluginClassLoader.class);
        assertThat(connector).isInstanceOf(SourceConnector.class);
        assertThat(connector.getClass().getClassLoader()).isSameAs(source.loader());
        assertThat(connector.version()).isEqualTo("4.3.1");
        assertThat(plugins.find("FileStreamSink", PluginType.SINK)).map(PluginDesc::loader).contains(source.loader());
    }

    @Test
    void realApacheClassWinsOverTheStandIn() {
        // given a table mapping the Apache file connector to a stand-in on the class path
        ApacheEquivalents table = new ApacheEquivalents(Map.of(APACHE_SOURCE, STAND_IN));

        // when the Apache jar is on plugin.path, then the Apache class is found
        Plugins withJar = Plugins.load(List.of(pluginPath.toString()), table);
        assertThat(withJar.find(APACHE_SOURCE, PluginType.SOURCE)).map(PluginDesc::className).contains(APACHE_SOURCE);
    }

    @Test
    void standInServesTheApacheNameWhenTheApacheClassIsAbsent() {
        // given a table mapping Apache's ByteArrayConverter (connect-runtime, never on our path) to a stand-in
        ApacheEquivalents table = new ApacheEquivalents(Map.of(APACHE_BYTES, STAND_IN));

        // when a config names the Apache class
        Plugins plugins = Plugins.load(List.of(), table);
        Converter converter = plugins.newInstance(APACHE_BYTES, Converter.class, PluginType.CONVERTER);

        // then the stand-in answers
        assertThat(converter.getClass().getName()).isEqualTo(STAND_IN);
        assertThat(plugins.find(APACHE_BYTES, PluginType.SOURCE)).isEmpty();
    }
}
