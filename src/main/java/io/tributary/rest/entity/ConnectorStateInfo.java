package io.tributary.rest.entity;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import io.tributary.herder.ConnectorStatusView;
import io.tributary.storage.Status;

/**
 * The body of {@code GET /connectors/NAME/status}, in Apache 4.3.1's shape: the plugin
 * {@code version} (KIP-891) follows {@code worker_id}, and {@code trace} comes last, only when failed.
 */
@Schema(requiredProperties = {"name", "connector", "tasks", "type"})
@JsonPropertyOrder({"name", "connector", "tasks", "type"})
public record ConnectorStateInfo(String name, ConnectorStatus connector, List<TaskState> tasks, String type) {

    /** The connector's own state. */
    @Schema(requiredProperties = {"state", "worker_id"})
    @JsonPropertyOrder({"state", "worker_id", "version", "trace"})
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ConnectorStatus(String state, @JsonProperty("worker_id") String workerId, String version,
                                  String trace) {
        static ConnectorStatus of(Status status) {
            return new ConnectorStatus(status.state().name(), status.workerId(), status.version(), status.trace());
        }
    }

    /** One task's state. */
    @Schema(requiredProperties = {"id", "state", "worker_id"})
    @JsonPropertyOrder({"id", "state", "worker_id", "version", "trace"})
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record TaskState(int id, String state, @JsonProperty("worker_id") String workerId, String version,
                            String trace) {
        public static TaskState of(Status status) {
            return new TaskState(status.task(), status.state().name(), status.workerId(), status.version(),
                    status.trace());
        }
    }

    public static ConnectorStateInfo of(ConnectorStatusView view) {
        return new ConnectorStateInfo(view.name(), ConnectorStatus.of(view.connector()),
                view.tasks().stream().map(TaskState::of).toList(), view.type().toString());
    }
}
