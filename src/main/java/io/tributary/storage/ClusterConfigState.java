package io.tributary.storage;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An immutable snapshot of the config topic: connector configurations, their published task
 * configurations and target states. Task configurations are only visible once their
 * {@code commit-NAME} record has been read, as in Apache, so a reader never sees half a set.
 *
 * @param offset           the config topic offset this snapshot includes (-1 when empty)
 * @param connectorConfigs connector name → configuration, in creation order
 * @param targetStates     connector name → target state (STARTED when never written)
 * @param taskConfigs      connector name → task configurations in task order
 */
public record ClusterConfigState(long offset,
                                 Map<String, Map<String, String>> connectorConfigs,
                                 Map<String, TargetState> targetStates,
                                 Map<String, List<Map<String, String>>> taskConfigs) {

    public static final ClusterConfigState EMPTY = new ClusterConfigState(-1, Map.of(), Map.of(), Map.of());

    public Set<String> connectors() {
        return connectorConfigs.keySet();
    }

    public boolean contains(String connector) {
        return connectorConfigs.containsKey(connector);
    }

    /** The connector's configuration, or null when it does not exist. */
    public Map<String, String> connectorConfig(String connector) {
        return connectorConfigs.get(connector);
    }

    public TargetState targetState(String connector) {
        return targetStates.getOrDefault(connector, TargetState.STARTED);
    }

    /** The connector's published task configurations; empty when none were committed. */
    public List<Map<String, String>> taskConfigs(String connector) {
        return taskConfigs.getOrDefault(connector, List.of());
    }
}
