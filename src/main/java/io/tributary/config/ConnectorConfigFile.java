package io.tributary.config;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.kafka.common.config.ConfigException;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A connector configuration file given on the command line, as {@code connect-standalone} takes
 * them: a {@code .properties} file, or JSON either flat ({@code {"name":...,"connector.class":...}})
 * or in the REST create shape ({@code {"name":...,"config":{...}}}).
 *
 * @param name   the connector's name
 * @param config its configuration, {@code name} included
 */
public record ConnectorConfigFile(String name, Map<String, String> config) {

    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * @throws ConfigException with a one-line reason when the file cannot be used
     */
    public static ConnectorConfigFile read(Path file) {
        Map<String, String> config = file.getFileName().toString().endsWith(".json") ? readJson(file)
                : WorkerPropertiesFile.read(file);
        String name = config.get("name");
        if (name == null || name.isBlank()) {
            throw new ConfigException("connector configuration file " + file + " has no 'name'");
        }
        return new ConnectorConfigFile(name.trim(), config);
    }

    private static Map<String, String> readJson(Path file) {
        JsonNode root;
        try {
            root = JSON.readTree(Files.readString(file));
        } catch (IOException e) {
            throw new ConfigException("cannot read connector configuration file " + file + ": "
                    + e.getMessage().lines().findFirst().orElse(""));
        }
        if (root == null || !root.isObject()) {
            throw new ConfigException("connector configuration file " + file + " must hold a JSON object");
        }
        Map<String, String> config = new LinkedHashMap<>();
        JsonNode nested = root.get("config");
        JsonNode source = nested != null && nested.isObject() ? nested : root;
        source.fields().forEachRemaining(field -> config.put(field.getKey(), field.getValue().isTextual()
                ? field.getValue().textValue() : field.getValue().toString()));
        if (nested != null && root.hasNonNull("name")) {
            config.put("name", root.get("name").asText());
        }
        return config;
    }
}
