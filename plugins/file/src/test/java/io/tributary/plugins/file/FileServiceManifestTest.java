package io.tributary.plugins.file;

import org.apache.kafka.connect.sink.SinkConnector;
import org.apache.kafka.connect.source.SourceConnector;
import org.junit.jupiter.api.Test;

import java.util.ServiceLoader;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The KIP-898 manifests list the connectors. This also catches another plugin's manifest of the
 * same name replacing ours in the shared build output.
 */
class FileServiceManifestTest {

    @Test
    void manifestsListTheFileConnectors() {
        assertThat(ServiceLoader.load(SourceConnector.class).stream().map(ServiceLoader.Provider::type))
                .contains(FileStreamSourceConnector.class);
        assertThat(ServiceLoader.load(SinkConnector.class).stream().map(ServiceLoader.Provider::type))
                .contains(FileStreamSinkConnector.class);
    }
}
