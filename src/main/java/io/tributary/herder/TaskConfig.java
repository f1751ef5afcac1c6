package io.tributary.herder;

import java.util.Map;

import io.tributary.storage.ConnectorTaskId;

/** One task's configuration, as {@code GET /connectors/NAME/tasks} lists it. */
public record TaskConfig(ConnectorTaskId id, Map<String, String> config) {
}
