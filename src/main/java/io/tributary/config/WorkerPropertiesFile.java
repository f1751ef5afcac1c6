package io.tributary.config;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;

import org.apache.kafka.common.config.ConfigException;

/** Reads a Java properties file (worker or connector configuration) into an ordered map of trimmed values. */
public final class WorkerPropertiesFile {

    private WorkerPropertiesFile() {
    }

    /**
     * @throws ConfigException with a one-line reason when the file is missing, unreadable or malformed
     */
    public static Map<String, String> read(Path file) {
        Properties props = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            props.load(reader);
        } catch (NoSuchFileException e) {
            throw new ConfigException("properties file " + file + " does not exist");
        } catch (IOException | IllegalArgumentException e) {
            throw new ConfigException("cannot read properties file " + file + ": " + reason(e));
        }
        Map<String, String> map = new LinkedHashMap<>();
        props.stringPropertyNames().stream().sorted()
                .forEach(key -> map.put(key, props.getProperty(key).trim()));
        return map;
    }

    private static String reason(Exception e) {
        if (Files.isDirectory(Path.of(e.getMessage() == null ? "" : e.getMessage()))) {
            return "it is a directory";
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
