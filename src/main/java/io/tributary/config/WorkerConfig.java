package io.tributary.config;

import java.util.List;
import java.util.Map;

import org.apache.kafka.common.config.AbstractConfig;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigDef.Importance;
import org.apache.kafka.common.config.ConfigDef.Range;
import org.apache.kafka.common.config.ConfigDef.Type;

/**
 * The worker's configuration, under Apache Kafka Connect's property names and defaults, so that an
 * existing {@code connect-standalone.properties} or {@code connect-distributed.properties} works
 * unchanged. Keys not defined here (client prefixes such as {@code producer.}, {@code consumer.},
 * {@code admin.}, config provider settings) are kept and reachable through {@link #originals()}.
 *
 * <p>Constructing one validates types and ranges and throws a
 * {@link org.apache.kafka.common.config.ConfigException} naming the bad key and value.
 */
public final class WorkerConfig extends AbstractConfig {

    public static final String BOOTSTRAP_SERVERS = "bootstrap.servers";
    public static final String GROUP_ID = "group.id";
    public static final String KEY_CONVERTER = "key.converter";
    public static final String VALUE_CONVERTER = "value.converter";
    public static final String HEADER_CONVERTER = "header.converter";
    public static final String PLUGIN_PATH = "plugin.path";
    public static final String LISTENERS = "listeners";
    public static final String REST_PORT = "rest.port";
    public static final String REST_ADVERTISED_HOST_NAME = "rest.advertised.host.name";
    public static final String REST_ADVERTISED_PORT = "rest.advertised.port";
    public static final String OFFSET_FLUSH_INTERVAL_MS = "offset.flush.interval.ms";
    public static final String OFFSET_FLUSH_TIMEOUT_MS = "offset.flush.timeout.ms";
    public static final String TASK_SHUTDOWN_GRACEFUL_TIMEOUT_MS = "task.shutdown.graceful.timeout.ms";
    public static final String OFFSET_STORAGE_FILE_FILENAME = "offset.storage.file.filename";
    public static final String CONFIG_STORAGE_TOPIC = "config.storage.topic";
    public static final String OFFSET_STORAGE_TOPIC = "offset.storage.topic";
    public static final String STATUS_STORAGE_TOPIC = "status.storage.topic";
    public static final String CONFIG_STORAGE_REPLICATION_FACTOR = "config.storage.replication.factor";
    public static final String OFFSET_STORAGE_REPLICATION_FACTOR = "offset.storage.replication.factor";
    public static final String STATUS_STORAGE_REPLICATION_FACTOR = "status.storage.replication.factor";
    public static final String OFFSET_STORAGE_PARTITIONS = "offset.storage.partitions";
    public static final String STATUS_STORAGE_PARTITIONS = "status.storage.partitions";
    public static final String CONNECTOR_CLIENT_POLICY = "connector.client.config.override.policy";
    public static final String CONFIG_PROVIDERS = "config.providers";
    public static final String EXACTLY_ONCE_SOURCE_SUPPORT = "exactly.once.source.support";
    public static final String TOPIC_CREATION_ENABLE = "topic.creation.enable";

    /** Tributary-only keys that are also accepted in the worker properties file. */
    public static final String EMBEDDED_BROKER_PORT = "tributary.embedded-broker.port";
    public static final String EMBEDDED_BROKER_CONTROLLER_PORT = "tributary.embedded-broker.controller-port";
    public static final String EMBEDDED_BROKER_DIR = "tributary.embedded-broker.dir";

    /** Used by standalone mode when the properties name no group (its internal topics still need one). */
    public static final String STANDALONE_GROUP_ID = "tributary-standalone";

    private static final ConfigDef CONFIG = configDef();

    public WorkerConfig(Map<String, String> props) {
        super(CONFIG, props, false);
    }

    /** The definition of every worker key, for validation and generated reference docs. */
    public static ConfigDef configDef() {
        ConfigDef def = new ConfigDef();
        addClusterGroup(def);
        addConverterGroup(def);
        addRestGroup(def);
        addTaskGroup(def);
        addStorageGroup(def);
        addEmbeddedBrokerGroup(def);
        return def;
    }

    private static void addClusterGroup(ConfigDef def) {
        def.define(BOOTSTRAP_SERVERS, Type.LIST, List.of(), Importance.HIGH,
                        "Kafka brokers to connect to. When empty, Tributary starts an embedded broker.")
                .define(GROUP_ID, Type.STRING, null, Importance.HIGH,
                        "Group of workers this worker belongs to (distributed mode).")
                .define(PLUGIN_PATH, Type.LIST, null, Importance.LOW,
                        "Directories holding plugin directories, uber-jars or class directories.")
                .define(CONNECTOR_CLIENT_POLICY, Type.STRING, "All", Importance.MEDIUM,
                        "Which client overrides connectors may set: None, Principal or All.")
                .define(CONFIG_PROVIDERS, Type.LIST, List.of(), Importance.LOW,
                        "Names of ConfigProvider instances, configured under config.providers.NAME.*.")
                .define(EXACTLY_ONCE_SOURCE_SUPPORT, Type.STRING, "disabled",
                        ConfigDef.ValidString.in("disabled", "preparing", "enabled"), Importance.MEDIUM,
                        "Exactly-once support for source connectors (distributed mode).")
                .define(TOPIC_CREATION_ENABLE, Type.BOOLEAN, true, Importance.LOW,
                        "Whether source connectors may create topics with topic.creation.* settings.");
    }

    private static void addConverterGroup(ConfigDef def) {
        def.define(KEY_CONVERTER, Type.STRING, "org.apache.kafka.connect.json.JsonConverter", Importance.HIGH,
                        "Converter class for record keys.")
                .define(VALUE_CONVERTER, Type.STRING, "org.apache.kafka.connect.json.JsonConverter", Importance.HIGH,
                        "Converter class for record values.")
                .define(HEADER_CONVERTER, Type.STRING, "org.apache.kafka.connect.storage.SimpleHeaderConverter",
                        Importance.LOW, "Converter class for record headers.");
    }

    private static void addRestGroup(ConfigDef def) {
        def.define(LISTENERS, Type.LIST, List.of("http://:8083"), Importance.LOW,
                        "REST listener URIs, e.g. http://:8083 or http://0.0.0.0:8083.")
                .define(REST_PORT, Type.INT, null, ConfigDef.LambdaValidator.with(WorkerConfig::validatePort,
                        () -> "[0,...,65535]"), Importance.LOW, "REST port, used when listeners is not set.")
                .define(REST_ADVERTISED_HOST_NAME, Type.STRING, null, Importance.LOW,
                        "Host name advertised to other workers.")
                .define(REST_ADVERTISED_PORT, Type.INT, null, ConfigDef.LambdaValidator.with(WorkerConfig::validatePort,
                        () -> "[0,...,65535]"), Importance.LOW, "Port advertised to other workers.");
    }

    private static void addTaskGroup(ConfigDef def) {
        def.define(OFFSET_FLUSH_INTERVAL_MS, Type.LONG, 60_000L, Range.atLeast(0), Importance.LOW,
                        "How often source offsets are committed, in milliseconds.")
                .define(OFFSET_FLUSH_TIMEOUT_MS, Type.LONG, 5_000L, Range.atLeast(0), Importance.LOW,
                        "How long an offset commit may wait for outstanding records, in milliseconds.")
                .define(TASK_SHUTDOWN_GRACEFUL_TIMEOUT_MS, Type.LONG, 5_000L, Range.atLeast(0), Importance.LOW,
                        "How long tasks get to stop gracefully, in milliseconds.");
    }

    private static void addStorageGroup(ConfigDef def) {
        def.define(OFFSET_STORAGE_FILE_FILENAME, Type.STRING, null, Importance.LOW,
                        "Standalone only: keep source offsets in this file instead of a Kafka topic.")
                .define(CONFIG_STORAGE_TOPIC, Type.STRING, "connect-configs", Importance.HIGH,
                        "Topic holding connector configurations.")
                .define(OFFSET_STORAGE_TOPIC, Type.STRING, "connect-offsets", Importance.HIGH,
                        "Topic holding source offsets.")
                .define(STATUS_STORAGE_TOPIC, Type.STRING, "connect-status", Importance.HIGH,
                        "Topic holding connector and task status.")
                .define(CONFIG_STORAGE_REPLICATION_FACTOR, Type.SHORT, (short) 3, Importance.LOW,
                        "Replication factor of the config topic (-1: broker default).")
                .define(OFFSET_STORAGE_REPLICATION_FACTOR, Type.SHORT, (short) 3, Importance.LOW,
                        "Replication factor of the offset topic (-1: broker default).")
                .define(STATUS_STORAGE_REPLICATION_FACTOR, Type.SHORT, (short) 3, Importance.LOW,
                        "Replication factor of the status topic (-1: broker default).")
                .define(OFFSET_STORAGE_PARTITIONS, Type.INT, 25, Importance.LOW,
                        "Partitions of the offset topic (-1: broker default).")
                .define(STATUS_STORAGE_PARTITIONS, Type.INT, 5, Importance.LOW,
                        "Partitions of the status topic (-1: broker default).");
    }

    private static void addEmbeddedBrokerGroup(ConfigDef def) {
        def.define(EMBEDDED_BROKER_PORT, Type.INT, 9092, ConfigDef.LambdaValidator.with(WorkerConfig::validatePort,
                        () -> "[0,...,65535]"), Importance.LOW,
                        "Port of the embedded broker's listener on 127.0.0.1 (0: any free port).")
                .define(EMBEDDED_BROKER_CONTROLLER_PORT, Type.INT, null,
                        ConfigDef.LambdaValidator.with(WorkerConfig::validatePort, () -> "[0,...,65535]"),
                        Importance.LOW, "Port of the embedded broker's KRaft controller (default: any free port).")
                .define(EMBEDDED_BROKER_DIR, Type.STRING, "data/kafka", Importance.LOW,
                        "Data directory of the embedded broker.");
    }

    private static void validatePort(String name, Object value) {
        if (value != null && ((Integer) value < 0 || (Integer) value > 65535)) {
            throw new org.apache.kafka.common.config.ConfigException(name, value, "Not a port number");
        }
    }

    /** Client settings of the worker that also apply to its own clients (security, timeouts). */
    private static final List<String> SHARED_CLIENT_PREFIXES = List.of("security.", "sasl.", "ssl.",
            "client.dns.lookup", "request.timeout.ms", "retry.backoff", "reconnect.backoff",
            "connections.max.idle.ms", "metadata.max.age.ms");

    /**
     * The worker's top-level client settings that its internal clients (stores, admin) use too, as
     * in Apache: security and connection settings, not the {@code producer.}/{@code consumer.} ones.
     */
    public Map<String, Object> sharedClientProps() {
        Map<String, Object> props = new java.util.TreeMap<>();
        originalsStrings().forEach((key, value) -> {
            if (SHARED_CLIENT_PREFIXES.stream().anyMatch(key::startsWith)) {
                props.put(key, value);
            }
        });
        return props;
    }

    /** The configured brokers; empty when Tributary should start its embedded broker. */
    public List<String> bootstrapServers() {
        return getList(BOOTSTRAP_SERVERS);
    }

    public long taskShutdownGracefulTimeoutMs() {
        return getLong(TASK_SHUTDOWN_GRACEFUL_TIMEOUT_MS);
    }
}
