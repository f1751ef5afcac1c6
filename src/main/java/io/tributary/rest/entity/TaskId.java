package io.tributary.rest.entity;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import io.tributary.storage.ConnectorTaskId;

/** A task id as Apache shows it: {@code {"connector":"name","task":0}}. */
@Schema(requiredProperties = {"connector", "task"})
@JsonPropertyOrder({"connector", "task"})
public record TaskId(String connector, int task) {

    public static TaskId of(ConnectorTaskId id) {
        return new TaskId(id.connector(), id.task());
    }
}
