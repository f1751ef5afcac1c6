package io.tributary.herder;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.apache.kafka.common.config.ConfigException;

import io.tributary.config.ConnectorConfig;

/**
 * The worker's {@code connector.client.config.override.policy}: which {@code producer.override.*},
 * {@code consumer.override.*} and {@code admin.override.*} keys a connector may set. Apache's three
 * policies by their aliases or class names: All (the default), None, Principal (SASL and
 * security protocol only).
 */
public enum ClientOverridePolicy {
    ALL("All", null),
    NONE("None", Set.of()),
    PRINCIPAL("Principal", Set.of("sasl.jaas.config", "sasl.mechanism", "security.protocol"));

    private static final List<String> PREFIXES = List.of(ConnectorConfig.PRODUCER_OVERRIDE_PREFIX,
            ConnectorConfig.CONSUMER_OVERRIDE_PREFIX, ConnectorConfig.ADMIN_OVERRIDE_PREFIX);

    private final String alias;
    private final Set<String> allowed;

    ClientOverridePolicy(String alias, Set<String> allowed) {
        this.alias = alias;
        this.allowed = allowed;
    }

    /** The policy named by the worker property (alias, alias + suffix, or Apache's class name). */
    public static ClientOverridePolicy of(String name) {
        String simple = name.trim().substring(name.trim().lastIndexOf('.') + 1)
                .replace("ConnectorClientConfigOverridePolicy", "").toLowerCase(Locale.ROOT);
        for (ClientOverridePolicy policy : values()) {
            if (policy.alias.toLowerCase(Locale.ROOT).equals(simple)) {
                return policy;
            }
        }
        throw new ConfigException("connector.client.config.override.policy", name,
                "Expected All, None or Principal");
    }

    /** Override keys the policy refuses, each with Apache's error message. */
    public Map<String, String> violations(Map<String, String> connectorProps) {
        Map<String, String> violations = new LinkedHashMap<>();
        if (allowed == null) {
            return violations;
        }
        connectorProps.keySet().forEach(key -> PREFIXES.stream().filter(key::startsWith).findFirst().ifPresent(prefix -> {
            String clientKey = key.substring(prefix.length());
            if (!allowed.contains(clientKey)) {
                violations.put(key, "The '" + alias + "' policy does not allow '" + clientKey
                        + "' to be overridden in the connector configuration.");
            }
        }));
        return violations;
    }
}
