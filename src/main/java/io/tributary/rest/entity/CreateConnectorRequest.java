package io.tributary.rest.entity;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The body of {@code POST /connectors}: name, configuration and optional initial state (KIP-980). */
public record CreateConnectorRequest(String name, Map<String, String> config,
                                     @JsonProperty("initial_state") String initialState) {
}
