package io.tributary.rest.entity;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The body of {@code GET /}, in Apache's field order. */
public record ServerInfo(String version, String commit, @JsonProperty("kafka_cluster_id") String kafkaClusterId) {
}
