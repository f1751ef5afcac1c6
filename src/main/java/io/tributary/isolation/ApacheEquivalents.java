package io.tributary.isolation;

import java.util.Map;
import java.util.Optional;

/**
 * Apache Kafka Connect plugins that live in {@code connect-runtime} or {@code connect-file}, which
 * Tributary does not ship, mapped to the Tributary plugins that accept the same configuration, so
 * that configs written for Apache Connect keep working. {@link Plugins#find} consults this table
 * only when the Apache class itself cannot be found: a real Apache jar on {@code plugin.path} wins.
 *
 * <p>SimpleHeaderConverter is listed although connect-api 4.3.1 carries it (and its manifest), so
 * the mapping only applies if a later connect-api drops it. The client override policies
 * ({@code All/None/PrincipalConnectorClientConfigOverridePolicy}) are not mapped: they are worker
 * settings, not plugins a connector config names, and have no Tributary class yet.
 *
 * <p>Threading: immutable, thread-safe.
 */
final class ApacheEquivalents {

    private static final String APACHE_CONVERTERS = "org.apache.kafka.connect.converters.";
    private static final String OUR_CONVERTERS = "io.tributary.plugins.converters.";

    private static final ApacheEquivalents TRIBUTARY = new ApacheEquivalents(Map.ofEntries(
            converter("ByteArrayConverter"),
            converter("DoubleConverter"),
            converter("FloatConverter"),
            converter("IntegerConverter"),
            converter("LongConverter"),
            converter("ShortConverter"),
            converter("BooleanConverter"),
            Map.entry("org.apache.kafka.connect.storage.SimpleHeaderConverter", OUR_CONVERTERS + "SimpleHeaderConverter"),
            Map.entry("org.apache.kafka.connect.file.FileStreamSourceConnector",
                    "io.tributary.plugins.file.FileStreamSourceConnector"),
            Map.entry("org.apache.kafka.connect.file.FileStreamSinkConnector",
                    "io.tributary.plugins.file.FileStreamSinkConnector")));

    private final Map<String, String> ourClassByApacheClass;

    ApacheEquivalents(Map<String, String> ourClassByApacheClass) { // visible for testing
        this.ourClassByApacheClass = Map.copyOf(ourClassByApacheClass);
    }

    /** The table Tributary runs with. */
    static ApacheEquivalents tributary() {
        return TRIBUTARY;
    }

    /** Tributary's class standing in for the Apache class {@code apacheClassName}, if there is one. */
    Optional<String> replacementFor(String apacheClassName) {
        return Optional.ofNullable(ourClassByApacheClass.get(apacheClassName));
    }

    /** The whole table, Apache class name to Tributary class name. */
    Map<String, String> asMap() {
        return ourClassByApacheClass;
    }

    private static Map.Entry<String, String> converter(String simpleName) {
        return Map.entry(APACHE_CONVERTERS + simpleName, OUR_CONVERTERS + simpleName);
    }
}
