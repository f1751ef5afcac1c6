package io.tributary.isolation;

import java.util.Locale;

/** The kinds of plugin Kafka Connect knows, named as {@code GET /connector-plugins} shows them. */
public enum PluginType {
    SOURCE, SINK, CONVERTER, HEADER_CONVERTER, TRANSFORMATION, PREDICATE, CONFIG_PROVIDER, REST_EXTENSION,
    CONNECTOR_CLIENT_CONFIG_OVERRIDE_POLICY;

    /** The lower-case name used in REST bodies, e.g. {@code header_converter}. */
    public String simpleName() {
        return name().toLowerCase(Locale.ROOT);
    }

    @Override
    public String toString() {
        return simpleName();
    }
}
