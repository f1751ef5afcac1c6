package io.tributary.rest.entity;

import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import io.tributary.herder.ConnectorInfo;

/** A connector as Apache shows it: {@code {"name","config","tasks":[{"connector","task"}],"type"}}. */
@Schema(requiredProperties = {"name", "config", "tasks", "type"})
@JsonPropertyOrder({"name", "config", "tasks", "type"})
public record ConnectorInfoEntity(String name, Map<String, String> config, List<TaskId> tasks, String type) {

    public static ConnectorInfoEntity of(ConnectorInfo info) {
        return new ConnectorInfoEntity(info.name(), info.config(), info.tasks().stream().map(TaskId::of).toList(),
                info.type().toString());
    }
}
