package io.tributary.herder;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * The answer of {@code PUT /connector-plugins/TYPE/config/validate}, in Apache's shape and field
 * order: every key's definition and its validated value with errors.
 */
@Schema(requiredProperties = {"name", "error_count", "groups", "configs"})
@JsonPropertyOrder({"name", "error_count", "groups", "configs"})
public record ConfigInfos(String name, @JsonProperty("error_count") int errorCount, List<String> groups,
                          List<ConfigInfo> configs) {

    /** One key: how it is defined and what its value was found to be. */
    @Schema(requiredProperties = {"definition", "value"})
    @JsonPropertyOrder({"definition", "value"})
    public record ConfigInfo(ConfigKeyInfo definition, ConfigValueInfo value) {
    }

    /** A key's definition, as the connector's or the runtime's {@code ConfigDef} declares it. */
    @Schema(requiredProperties = {"name", "type", "required", "default_value", "importance", "documentation", "group",
        "width", "display_name", "dependents", "order"})
    @JsonPropertyOrder({"name", "type", "required", "default_value", "importance", "documentation", "group", "width",
        "display_name", "dependents", "order"})
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record ConfigKeyInfo(String name, String type, boolean required,
                                @JsonProperty("default_value") @Schema(nullable = true) String defaultValue,
                                @Schema(nullable = true) String importance,
                                @Schema(nullable = true) String documentation, @Schema(nullable = true) String group,
                                @Schema(nullable = true) String width,
                                @JsonProperty("display_name") @Schema(nullable = true) String displayName, List<String> dependents,
                                int order) {
    }

    /** A key's value after validation. */
    @Schema(requiredProperties = {"name", "value", "recommended_values", "errors", "visible"})
    @JsonPropertyOrder({"name", "value", "recommended_values", "errors", "visible"})
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record ConfigValueInfo(String name, @Schema(nullable = true) String value,
                                  @JsonProperty("recommended_values") List<String> recommendedValues,
                                  List<String> errors, boolean visible) {
    }
}
