package io.tributary.plugins.converters;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * The version string that the built-in converters report from {@code version()}.
 *
 * <p>Read once from {@code version.properties} next to this class, so that a release changes one
 * resource and not the code. The plugin is self-contained (it runs on Apache Connect too), so it
 * does not ask the Tributary runtime for its version.
 */
final class Version {

    /** Used when the resource is missing, e.g. when the classes were repackaged without it. */
    static final String DEFAULT = "0.1.0";

    private static final String VERSION = load();

    private Version() {
    }

    static String get() {
        return VERSION;
    }

    private static String load() {
        try (InputStream in = Version.class.getResourceAsStream("version.properties")) {
            if (in == null) {
                return DEFAULT;
            }
            Properties props = new Properties();
            props.load(in);
            return props.getProperty("version", DEFAULT).trim();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the converters plugin's version.properties", e);
        }
    }
}
