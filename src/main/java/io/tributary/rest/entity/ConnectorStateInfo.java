package io.tributary.rest.entity;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import io.tributary.herder.ConnectorStatusView;
import io.tributary.storage.Status;

/** The body of {@code GET /connectors/NAME/status}, in Apache's shape. */
@JsonPropertyOrder({"name", "connector", "tasks", "type"})
public record ConnectorStateInfo(String name, ConnectorState connector, List<TaskState> tasks, String type) {

    /** The connector's own state; {@code trace} only when it failed. */
    @JsonPropertyOrder({"state", "trace", "worker_id"})
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ConnectorState(String state, String trace, @JsonProperty("worker_id") String workerId) {
        static ConnectorState of(Status status) {
            return new ConnectorState(status.state().name(), status.trace(), status.workerId());
        }
    }

    /** One task's state; {@code trace} only when it failed. */
    @JsonPropertyOrder({"id", "state", "trace", "worker_id"})
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record TaskState(int id, String state, String trace, @JsonProperty("worker_id") String workerId) {
        public static TaskState of(Status status) {
            return new TaskState(status.task(), status.state().name(), status.trace(), status.workerId());
        }
    }

    public static ConnectorStateInfo of(ConnectorStatusView view) {
        return new ConnectorStateInfo(view.name(), ConnectorState.of(view.connector()),
                view.tasks().stream().map(TaskState::of).toList(), view.type().toString());
    }
}
