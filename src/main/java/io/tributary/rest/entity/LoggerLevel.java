package io.tributary.rest.entity;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import io.tributary.logging.Loggers;

/**
 * One logger in {@code /admin/loggers}: {@code {"level":"INFO","last_modified":null}}, the epoch
 * millis of the last change made through the API, null when never (KIP-976).
 */
@Schema(requiredProperties = {"level", "last_modified"})
@JsonPropertyOrder({"level", "last_modified"})
@JsonInclude(JsonInclude.Include.ALWAYS)
public record LoggerLevel(String level, @JsonProperty("last_modified") @Schema(nullable = true) Long lastModified) {

    public static LoggerLevel of(Loggers.LoggerLevel level) {
        return new LoggerLevel(level.level(), level.lastModified());
    }
}
