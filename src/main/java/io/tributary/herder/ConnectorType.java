package io.tributary.herder;

import java.util.Locale;

/** Whether a connector reads from an external system into Kafka or the other way round. */
public enum ConnectorType {
    SOURCE, SINK, UNKNOWN;

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
