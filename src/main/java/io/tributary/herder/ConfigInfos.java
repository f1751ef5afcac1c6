package io.tributary.herder;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * The answer of {@code PUT /connector-plugins/TYPE/config/validate}, in Apache's shape and field
 * order: every key's definition and its validated value with errors.
 */
@JsonPropertyOrder({"name", "error_count", "groups", "configs"})
public record ConfigInfos(String name, @JsonProperty("error_count") int errorCount, List<String> groups,
                          List<ConfigInfo> configs) {

    /** One key: how it is defined and what its value was found to be. */
    @JsonPropertyOrder({"definition", "value"})
    public record ConfigInfo(ConfigKeyInfo definition, ConfigValueInfo value) {
    }

    /** A key's definition, as the connector's or the runtime's {@code ConfigDef} declares it. */
    @JsonPropertyOrder({"name", "type", "required", "default_value", "importance", "documentation", "group", "width",
        "display_name", "dependents", "order"})
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record ConfigKeyInfo(String name, String type, boolean required,
                                @JsonProperty("default_value") String defaultValue, String importance,
                                String documentation, String group, String width,
                                @JsonProperty("display_name") String displayName, List<String> dependents,
                                int order) {
    }

    /** A key's value after validation. */
    @JsonPropertyOrder({"name", "value", "recommended_values", "errors", "visible"})
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record ConfigValueInfo(String name, String value,
                                  @JsonProperty("recommended_values") List<String> recommendedValues,
                                  List<String> errors, boolean visible) {
    }
}
