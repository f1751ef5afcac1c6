package io.tributary.isolation;

import java.util.regex.Pattern;

/**
 * Decides which classes a {@link PluginClassLoader} loads from the plugin itself (child-first) and
 * which it always takes from the runtime (parent-first), following Apache Kafka Connect's rules.
 *
 * <p>Parent-first: the JDK ({@code java.*} and the Java SE / EE {@code javax.*}, {@code org.omg.*},
 * {@code org.w3c.dom}, {@code org.xml.sax}, {@code org.ietf.jgss} packages), SLF4J, and everything
 * under {@code org.apache.kafka.*}, because the plugin and the runtime must share one copy of the
 * API types they exchange. The exceptions are the Apache classes that are plugins themselves
 * (transforms and predicates, the JSON and file modules, MirrorMaker, the simple converters,
 * StringConverter, SimpleHeaderConverter, the basic-auth REST extension, the override policies and
 * the config providers): a plugin that bundles its own copy of one of those gets its own copy, while
 * the plugin interfaces in the same packages stay shared. Everything else is child-first.
 *
 * <p>Threading: stateless and thread-safe.
 */
final class ClassIsolation {

    // JDK and Java EE packages a plugin must never shadow; also the runtime's shared API (Kafka, SLF4J).
    private static final Pattern PARENT_FIRST = Pattern.compile("^(?:java"
            + "|javax\\.(?:accessibility|activation|activity|annotation|batch\\.(?:api|operations|runtime)"
            + "|crypto|decorator|ejb|el|enterprise\\.(?:concurrent|context|context\\.spi"
            + "|deploy\\.(?:model|shared|spi)|event|inject|inject\\.spi|util)"
            + "|faces|imageio|inject|interceptor|jms|json|jws|lang\\.model|mail|management|management\\.j2ee"
            + "|naming|net|persistence|print|resource|rmi|script"
            + "|security\\.(?:auth|auth\\.message|cert|jacc|sasl)|servlet|sound\\.(?:midi|sampled)|sql|swing"
            + "|tools|transaction|validation|websocket|ws\\.rs|xml|xml\\.(?:bind|registry|rpc|soap|ws))"
            + "|org\\.ietf\\.jgss"
            + "|org\\.omg\\.(?:CORBA|CosNaming|Dynamic|DynamicAny|IOP|Messaging|PortableInterceptor"
            + "|PortableServer|SendingContext|stub\\.java\\.rmi)"
            + "|org\\.w3c\\.dom|org\\.xml\\.sax"
            + "|org\\.apache\\.kafka|org\\.slf4j"
            + ")\\..*$");

    // Apache classes under org.apache.kafka that are plugins, not API. The negative look-aheads keep
    // the plugin interfaces living in those same packages parent-first.
    private static final Pattern PLUGIN_CLASSES_UNDER_KAFKA = Pattern.compile("^org\\.apache\\.kafka\\.(?:connect\\.(?:"
            + "transforms\\.(?!Transformation|predicates\\.Predicate$).*"
            + "|json\\..*|file\\..*|mirror\\..*|mirror-client\\..*|converters\\..*"
            + "|storage\\.StringConverter|storage\\.SimpleHeaderConverter"
            + "|rest\\.basic\\.auth\\.extension\\.BasicAuthSecurityRestExtension"
            + "|connector\\.policy\\.(?!ConnectorClientConfig(?:OverridePolicy|Request(?:\\$ClientType)?)$).*"
            + ")"
            + "|common\\.config\\.provider\\.(?!ConfigProvider$).*"
            + ")$");

    private ClassIsolation() {
    }

    /** Whether a plugin class loader should look for {@code className} in the plugin before its parent. */
    static boolean childFirst(String className) {
        return !PARENT_FIRST.matcher(className).matches()
                || PLUGIN_CLASSES_UNDER_KAFKA.matcher(className).matches();
    }
}
