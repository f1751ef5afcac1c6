package io.tributary.rest.entity;

import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import io.tributary.herder.TaskConfig;

/** One entry of {@code GET /connectors/NAME/tasks}: {@code {"id":{...},"config":{...}}}. */
@Schema(requiredProperties = {"id", "config"})
@JsonPropertyOrder({"id", "config"})
public record TaskInfo(TaskId id, Map<String, String> config) {

    public static TaskInfo of(TaskConfig config) {
        return new TaskInfo(TaskId.of(config.id()), config.config());
    }
}
