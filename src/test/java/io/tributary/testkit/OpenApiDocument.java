package io.tributary.testkit;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * An OpenAPI 3.x document and a small checker of JSON values against its schemas, for tests that
 * hold real responses up against the document. It understands what Tributary's document uses:
 * {@code $ref}, {@code type} (one or a list, {@code nullable}), {@code properties},
 * {@code required}, {@code additionalProperties}, {@code items}, {@code enum}, {@code oneOf},
 * {@code anyOf} and {@code allOf}.
 *
 * <p>It is stricter than JSON Schema on purpose: an object schema that lists {@code properties}
 * without saying {@code additionalProperties} accepts no other property, so that a field added to
 * a response without being documented fails the test just like a documented field that went missing.
 */
public final class OpenApiDocument {

    private final JsonNode root;

    public OpenApiDocument(JsonNode root) {
        this.root = root;
    }

    public JsonNode paths() {
        return root.path("paths");
    }

    /**
     * The schema of the JSON answer that {@code verb path} documents for {@code status}, falling
     * back to the operation's {@code default} response; empty when the answer has no JSON body.
     */
    public Optional<JsonNode> responseSchema(String verb, String path, int status) {
        JsonNode operation = paths().path(path).path(verb.toLowerCase());
        if (operation.isMissingNode()) {
            throw new AssertionError(verb + " " + path + " is not documented");
        }
        JsonNode responses = operation.path("responses");
        JsonNode response = responses.has(String.valueOf(status)) ? responses.get(String.valueOf(status))
                : responses.path("default");
        if (response.isMissingNode()) {
            throw new AssertionError(verb + " " + path + " documents no " + status + " answer");
        }
        JsonNode schema = response.path("content").path("application/json").path("schema");
        return schema.isMissingNode() ? Optional.empty() : Optional.of(schema);
    }

    /** Every way {@code value} breaks {@code schema}, each with its JSON path; empty when it conforms. */
    public List<String> violations(JsonNode schema, JsonNode value) {
        List<String> problems = new ArrayList<>();
        check(schema, value, "$", problems);
        return problems;
    }

    private void check(JsonNode schema, JsonNode value, String at, List<String> problems) {
        if (schema.has("$ref")) {
            check(resolve(schema.get("$ref").asText()), value, at, problems);
            return;
        }
        if (!combinations(schema, value, at, problems)) {
            return;
        }
        if (value.isNull() && nullable(schema)) {
            return;
        }
        if (schema.has("enum") && !contains(schema.get("enum"), value)) {
            problems.add(at + ": " + value + " is not one of " + schema.get("enum"));
        }
        if (schema.has("type") && !typeMatches(schema.get("type"), value)) {
            problems.add(at + ": " + describe(value) + " where the document says " + schema.get("type"));
            return;
        }
        if (value.isObject()) {
            checkObject(schema, value, at, problems);
        } else if (value.isArray() && schema.has("items")) {
            for (int i = 0; i < value.size(); i++) {
                check(schema.get("items"), value.get(i), at + "[" + i + "]", problems);
            }
        }
    }

    /** oneOf/anyOf/allOf; false when they failed and the rest of the schema need not be checked. */
    private boolean combinations(JsonNode schema, JsonNode value, String at, List<String> problems) {
        for (String keyword : List.of("oneOf", "anyOf")) {
            if (schema.has(keyword)) {
                long matching = count(schema.get(keyword), value, at);
                boolean ok = keyword.equals("oneOf") ? matching == 1 : matching >= 1;
                if (!ok) {
                    problems.add(at + ": " + matching + " of the " + keyword + " alternatives match " + value);
                    return false;
                }
            }
        }
        if (schema.has("allOf")) {
            schema.get("allOf").forEach(part -> check(part, value, at, problems));
        }
        return true;
    }

    private long count(JsonNode alternatives, JsonNode value, String at) {
        long matching = 0;
        for (JsonNode alternative : alternatives) {
            if (violations(alternative, value).isEmpty()) {
                matching++;
            }
        }
        return matching;
    }

    private void checkObject(JsonNode schema, JsonNode value, String at, List<String> problems) {
        JsonNode properties = schema.path("properties");
        for (JsonNode required : schema.path("required")) {
            if (!value.has(required.asText())) {
                problems.add(at + ": required property '" + required.asText() + "' is missing");
            }
        }
        JsonNode additional = schema.get("additionalProperties");
        Iterator<Map.Entry<String, JsonNode>> fields = value.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            String path = at + "." + field.getKey();
            if (properties.has(field.getKey())) {
                check(properties.get(field.getKey()), field.getValue(), path, problems);
            } else if (additional != null && additional.isObject()) {
                check(additional, field.getValue(), path, problems);
            } else if (additional == null ? properties.size() > 0 : !additional.asBoolean(true)) {
                problems.add(path + ": property is not in the document");
            }
        }
    }

    private JsonNode resolve(String ref) {
        String prefix = "#/components/schemas/";
        if (!ref.startsWith(prefix)) {
            throw new AssertionError("unsupported $ref " + ref);
        }
        JsonNode schema = root.path("components").path("schemas").path(ref.substring(prefix.length()));
        if (schema.isMissingNode()) {
            throw new AssertionError("dangling $ref " + ref);
        }
        return schema;
    }

    private static boolean nullable(JsonNode schema) {
        return schema.path("nullable").asBoolean(false) || typeMatches(schema.path("type"), null);
    }

    private static boolean typeMatches(JsonNode type, JsonNode value) {
        if (type.isArray()) {
            for (JsonNode one : type) {
                if (typeMatches(one, value)) {
                    return true;
                }
            }
            return false;
        }
        if (value == null || value.isNull()) {
            return "null".equals(type.asText());
        }
        return switch (type.asText()) {
            case "object" -> value.isObject();
            case "array" -> value.isArray();
            case "string" -> value.isTextual();
            case "integer" -> value.isIntegralNumber();
            case "number" -> value.isNumber();
            case "boolean" -> value.isBoolean();
            default -> false;
        };
    }

    private static boolean contains(JsonNode values, JsonNode value) {
        for (JsonNode one : values) {
            if (one.equals(value)) {
                return true;
            }
        }
        return false;
    }

    private static String describe(JsonNode value) {
        return value.getNodeType().name().toLowerCase() + " " + value;
    }
}
