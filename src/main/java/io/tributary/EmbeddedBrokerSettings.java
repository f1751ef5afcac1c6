package io.tributary;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Properties;

import io.tributary.broker.EmbeddedBrokerConfig;
import io.tributary.config.TributaryConfig;

/**
 * The embedded broker's settings ({@code tributary.embedded-broker.port}, {@code .controller-port},
 * {@code .dir}) in both of the places they are needed: from Quarkus's configuration once it has
 * booted, and, before it has, from the same sources in the same order of precedence as far as they
 * can be read without it (system properties, environment, the worker properties file, the
 * application.properties on the class path, the defaults). {@link EarlyStart} compares the two and
 * uses a broker started early only when they agree.
 */
final class EmbeddedBrokerSettings {

    private static final String PORT = "tributary.embedded-broker.port";
    private static final String CONTROLLER_PORT = "tributary.embedded-broker.controller-port";
    private static final String DIR = "tributary.embedded-broker.dir";

    private EmbeddedBrokerSettings() {
    }

    static EmbeddedBrokerConfig of(TributaryConfig.EmbeddedBroker settings) {
        return new EmbeddedBrokerConfig(settings.port(), settings.controllerPort(), Path.of(settings.dir()));
    }

    /**
     * The settings as far as they are known before Quarkus boots.
     *
     * @throws NumberFormatException when a port is not a number (the normal start then reports it)
     */
    static EmbeddedBrokerConfig beforeBoot(Map<String, String> workerFile, Properties system,
                                           Map<String, String> environment) {
        Properties packaged = packagedApplicationProperties();
        String port = lookUp(PORT, workerFile, system, environment, packaged);
        String controllerPort = lookUp(CONTROLLER_PORT, workerFile, system, environment, packaged);
        String dir = lookUp(DIR, workerFile, system, environment, packaged);
        return new EmbeddedBrokerConfig(
                Integer.parseInt(port != null ? port.strip() : TributaryConfig.EmbeddedBroker.DEFAULT_PORT),
                controllerPort != null ? OptionalInt.of(Integer.parseInt(controllerPort.strip())) : OptionalInt.empty(),
                Path.of(dir != null ? dir : TributaryConfig.EmbeddedBroker.DEFAULT_DIR));
    }

    private static String lookUp(String key, Map<String, String> workerFile, Properties system,
                                 Map<String, String> environment, Properties packaged) {
        String environmentName = key.toUpperCase(java.util.Locale.ROOT).replace('.', '_').replace('-', '_');
        if (system.getProperty(key) != null) {
            return system.getProperty(key);
        }
        if (environment.get(environmentName) != null) {
            return environment.get(environmentName);
        }
        if (workerFile.get(key) != null) {
            return workerFile.get(key);
        }
        return packaged.getProperty(key);
    }

    private static Properties packagedApplicationProperties() {
        Properties properties = new Properties();
        try (InputStream in = EmbeddedBrokerSettings.class.getClassLoader().getResourceAsStream("application.properties")) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
