package io.tributary.rest.entity;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The body of {@code GET /}, in Apache's field order. */
@Schema(requiredProperties = {"version", "commit", "kafka_cluster_id"})
public record ServerInfo(String version, String commit, @JsonProperty("kafka_cluster_id") String kafkaClusterId) {
}
