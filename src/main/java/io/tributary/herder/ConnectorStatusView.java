package io.tributary.herder;

import java.util.List;

import io.tributary.storage.Status;

/** A connector's status and its tasks', as {@code GET /connectors/NAME/status} shows them. */
public record ConnectorStatusView(String name, Status connector, List<Status> tasks, ConnectorType type) {
}
