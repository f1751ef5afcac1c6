package io.tributary.testkit.plugins;

import java.util.List;
import java.util.Map;

import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.connect.connector.Task;
import org.apache.kafka.connect.errors.ConnectException;
import org.apache.kafka.connect.source.SourceConnector;

/** A test plugin whose {@code start()} throws, to prove the connector goes FAILED with its trace. */
public final class FailingStartConnector extends SourceConnector {

    public FailingStartConnector() {
        // required by Connect
    }

    @Override
    public void start(Map<String, String> props) {
        throw new ConnectException("Refusing to start on purpose");
    }

    @Override
    public Class<? extends Task> taskClass() {
        return FailingSourceConnector.FailingTask.class;
    }

    @Override
    public List<Map<String, String>> taskConfigs(int maxTasks) {
        return List.of();
    }

    @Override
    public void stop() {
    }

    @Override
    public ConfigDef config() {
        return new ConfigDef();
    }

    @Override
    public String version() {
        return "1.0";
    }
}
