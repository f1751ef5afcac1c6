package io.tributary.rest.entity;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** One entry of {@code GET /connector-plugins}: {@code {"class","type","version"}}. */
@Schema(requiredProperties = {"class", "type"})
@JsonPropertyOrder({"class", "type", "version"})
public record PluginInfo(@JsonProperty("class") String className, String type, @Schema(nullable = true) String version) {
}
