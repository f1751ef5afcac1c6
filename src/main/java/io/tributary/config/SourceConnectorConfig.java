package io.tributary.config;

import java.util.List;
import java.util.Map;

import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigDef.Importance;
import org.apache.kafka.common.config.ConfigDef.Type;
import org.apache.kafka.common.config.ConfigDef.Width;

/**
 * Keys of source connectors: topic creation groups (KIP-158), exactly-once support and
 * transaction boundaries (KIP-618), and a per-connector offsets topic.
 */
public final class SourceConnectorConfig extends ConnectorConfig {

    public static final String TOPIC_CREATION_GROUP = "Topic Creation";
    public static final String EXACTLY_ONCE_GROUP = "Exactly Once Support";
    public static final String TOPIC_CREATION_GROUPS = "topic.creation.groups";
    public static final String EXACTLY_ONCE_SUPPORT = "exactly.once.support";
    public static final String TRANSACTION_BOUNDARY = "transaction.boundary";
    public static final String TRANSACTION_BOUNDARY_INTERVAL_MS = "transaction.boundary.interval.ms";
    public static final String OFFSETS_TOPIC = "offsets.storage.topic";

    public SourceConnectorConfig(Map<String, String> props) {
        super(configDef(), props);
    }

    public static ConfigDef configDef() {
        int order = 100;
        return ConnectorConfig.configDef()
                .define(TOPIC_CREATION_GROUPS, Type.LIST, List.of(), Importance.LOW, "Groups of configurations for "
                        + "topics created by source connectors", TOPIC_CREATION_GROUP, ++order, Width.LONG,
                        "Topic Creation Groups")
                .define(EXACTLY_ONCE_SUPPORT, Type.STRING, "requested", ConfigDef.ValidString.in("requested", "required"),
                        Importance.MEDIUM, "Whether exactly-once delivery is required of this connector.",
                        EXACTLY_ONCE_GROUP, ++order, Width.SHORT, "Exactly once support")
                .define(TRANSACTION_BOUNDARY, Type.STRING, "poll", ConfigDef.ValidString.in("poll", "interval",
                        "connector"), Importance.MEDIUM, "Where transactions start and end (exactly-once only).",
                        EXACTLY_ONCE_GROUP, ++order, Width.SHORT, "Transaction Boundary")
                .define(TRANSACTION_BOUNDARY_INTERVAL_MS, Type.LONG, null, Importance.LOW, "Transaction length with "
                        + "the interval boundary.", EXACTLY_ONCE_GROUP, ++order, Width.SHORT,
                        "Transaction boundary interval")
                .define(OFFSETS_TOPIC, Type.STRING, null, Importance.LOW, "The name of a separate offsets topic to use "
                        + "for this connector.", COMMON_GROUP, ++order, Width.LONG, "Offsets topic");
    }
}
