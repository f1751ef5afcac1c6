package io.tributary.rest.entity;

import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The body of {@code POST /connectors}: name, configuration and optional initial state (KIP-980). */
@Schema(requiredProperties = {"name", "config"})
public record CreateConnectorRequest(String name, Map<String, String> config,
                                     @JsonProperty("initial_state") @Schema(enumeration = {"RUNNING", "PAUSED", "STOPPED"}) String initialState) {
}
