package io.tributary.herder;

import java.util.List;
import java.util.Map;

import io.tributary.storage.ConnectorTaskId;

/** A connector as {@code GET /connectors/NAME} shows it: its configuration and its task ids. */
public record ConnectorInfo(String name, Map<String, String> config, List<ConnectorTaskId> tasks, ConnectorType type) {
}
