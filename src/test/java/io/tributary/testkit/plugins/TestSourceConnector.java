package io.tributary.testkit.plugins;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.kafka.connect.source.SourceConnector;

/**
 * The connector side of a test source plugin: it keeps its configuration and hands it unchanged
 * to each of {@code tasks.max} tasks. Subclasses name their task class and their ConfigDef.
 */
public abstract class TestSourceConnector extends SourceConnector {

    private Map<String, String> config;

    @Override
    public void start(Map<String, String> props) {
        this.config = props;
    }

    @Override
    public List<Map<String, String>> taskConfigs(int maxTasks) {
        List<Map<String, String>> configs = new ArrayList<>();
        for (int i = 0; i < maxTasks; i++) {
            configs.add(config);
        }
        return configs;
    }

    @Override
    public void stop() {
    }

    @Override
    public String version() {
        return "1.0";
    }
}
