package io.tributary.rest.entity;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** One entry of {@code GET /connector-plugins}: {@code {"class","type","version"}}. */
@JsonPropertyOrder({"class", "type", "version"})
public record PluginInfo(@JsonProperty("class") String className, String type, String version) {
}
