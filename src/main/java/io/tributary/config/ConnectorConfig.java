package io.tributary.config;

import java.util.HashSet;
import java.util.List;
import java.util.Map;

import org.apache.kafka.common.config.AbstractConfig;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigDef.Importance;
import org.apache.kafka.common.config.ConfigDef.Type;
import org.apache.kafka.common.config.ConfigDef.Width;
import org.apache.kafka.common.config.ConfigException;

/**
 * The runtime-level keys of every connector configuration, under Apache's names, groups and
 * defaults (the connector's own keys are defined by its {@code config()}). Source and sink
 * connectors add their keys through {@link SourceConnectorConfig} and {@link SinkConnectorConfig}.
 */
public class ConnectorConfig extends AbstractConfig {

    public static final String COMMON_GROUP = "Common";
    public static final String TRANSFORMS_GROUP = "Transforms";
    public static final String PREDICATES_GROUP = "Predicates";
    public static final String ERROR_GROUP = "Error Handling";

    public static final String NAME = "name";
    public static final String CONNECTOR_CLASS = "connector.class";
    public static final String TASKS_MAX = "tasks.max";
    public static final String TASKS_MAX_ENFORCE = "tasks.max.enforce";
    public static final String KEY_CONVERTER = "key.converter";
    public static final String VALUE_CONVERTER = "value.converter";
    public static final String HEADER_CONVERTER = "header.converter";
    public static final String TRANSFORMS = "transforms";
    public static final String PREDICATES = "predicates";
    public static final String CONFIG_RELOAD_ACTION = "config.action.reload";
    public static final String ERRORS_RETRY_TIMEOUT = "errors.retry.timeout";
    public static final String ERRORS_RETRY_MAX_DELAY = "errors.retry.delay.max.ms";
    public static final String ERRORS_TOLERANCE = "errors.tolerance";
    public static final String ERRORS_LOG_ENABLE = "errors.log.enable";
    public static final String ERRORS_LOG_INCLUDE_MESSAGES = "errors.log.include.messages";

    public static final String PRODUCER_OVERRIDE_PREFIX = "producer.override.";
    public static final String CONSUMER_OVERRIDE_PREFIX = "consumer.override.";
    public static final String ADMIN_OVERRIDE_PREFIX = "admin.override.";

    public ConnectorConfig(ConfigDef def, Map<String, String> props) {
        super(def, props, false);
    }

    public ConnectorConfig(Map<String, String> props) {
        this(configDef(), props);
    }

    /** The keys every connector has, in Apache's groups and order (as {@code /config/validate} lists them). */
    public static ConfigDef configDef() {
        int order = 0;
        int errorOrder = 0;
        return new ConfigDef()
                .define(NAME, Type.STRING, ConfigDef.NO_DEFAULT_VALUE,
                        ConfigDef.NonEmptyStringWithoutControlChars.nonEmptyStringWithoutControlChars(), Importance.HIGH,
                        "Globally unique name to use for this connector.", COMMON_GROUP, ++order, Width.MEDIUM,
                        "Connector name")
                .define(CONNECTOR_CLASS, Type.STRING, Importance.HIGH, "Name or alias of the class for this connector. "
                        + "Must be a subclass of org.apache.kafka.connect.connector.Connector.", COMMON_GROUP, ++order,
                        Width.LONG, "Connector class")
                .define(TASKS_MAX, Type.INT, 1, ConfigDef.Range.atLeast(1), Importance.HIGH,
                        "Maximum number of tasks to use for this connector.", COMMON_GROUP, ++order, Width.SHORT,
                        "Tasks max")
                .define(TASKS_MAX_ENFORCE, Type.BOOLEAN, true, Importance.LOW,
                        "(Deprecated) Whether to enforce that the tasks.max property is respected by the connector.",
                        COMMON_GROUP, ++order, Width.SHORT, "Enforce tasks max")
                .define(KEY_CONVERTER, Type.STRING, null, Importance.LOW, "Converter class for record keys.",
                        COMMON_GROUP, ++order, Width.SHORT, "Key converter class")
                .define(VALUE_CONVERTER, Type.STRING, null, Importance.LOW, "Converter class for record values.",
                        COMMON_GROUP, ++order, Width.SHORT, "Value converter class")
                .define(HEADER_CONVERTER, Type.STRING, null, Importance.LOW, "HeaderConverter class for record "
                        + "headers; inherited from the worker when unset.", COMMON_GROUP, ++order, Width.SHORT,
                        "Header converter class")
                .define(TRANSFORMS, Type.LIST, List.of(), uniqueAliases("transformation"), Importance.LOW,
                        "Aliases for the transformations to be applied to records.", TRANSFORMS_GROUP, ++order,
                        Width.LONG, "Transforms")
                .define(PREDICATES, Type.LIST, List.of(), uniqueAliases("predicate"), Importance.LOW,
                        "Aliases for the predicates used by transformations.", PREDICATES_GROUP, ++order, Width.LONG,
                        "Predicates")
                .define(CONFIG_RELOAD_ACTION, Type.STRING, "restart", ConfigDef.ValidString.in("none", "restart"),
                        Importance.LOW, "What to do when configuration providers report a changed value.",
                        COMMON_GROUP, ++order, Width.MEDIUM, "Reload Action")
                .define(ERRORS_RETRY_TIMEOUT, Type.LONG, 0L, Importance.MEDIUM, "The maximum duration in milliseconds "
                        + "that a failed operation will be reattempted (-1: forever).", ERROR_GROUP, ++errorOrder,
                        Width.MEDIUM, "Retry Timeout for Errors")
                .define(ERRORS_RETRY_MAX_DELAY, Type.LONG, 60_000L, Importance.MEDIUM, "The maximum duration in "
                        + "milliseconds between consecutive retry attempts.", ERROR_GROUP, ++errorOrder, Width.MEDIUM,
                        "Maximum Delay Between Retries for Errors")
                .define(ERRORS_TOLERANCE, Type.STRING, "none", ConfigDef.ValidString.in("none", "all"),
                        Importance.MEDIUM, "'none' fails the task on the first error; 'all' skips problematic "
                        + "records.", ERROR_GROUP, ++errorOrder, Width.SHORT, "Error Tolerance")
                .define(ERRORS_LOG_ENABLE, Type.BOOLEAN, false, Importance.MEDIUM, "Log each tolerated error.",
                        ERROR_GROUP, ++errorOrder, Width.SHORT, "Log Errors")
                .define(ERRORS_LOG_INCLUDE_MESSAGES, Type.BOOLEAN, false, Importance.MEDIUM,
                        "Include the failed record in the error log.", ERROR_GROUP, ++errorOrder, Width.SHORT,
                        "Log Error Details");
    }

    private static ConfigDef.Validator uniqueAliases(String kind) {
        return new ConfigDef.Validator() {
            @Override
            public void ensureValid(String name, Object value) {
                if (value == null) {
                    throw new ConfigException(name, null, "Must not be null");
                }
                List<?> aliases = (List<?>) value;
                if (aliases.size() > new HashSet<>(aliases).size()) {
                    throw new ConfigException(name, value, "Duplicate alias provided.");
                }
            }

            @Override
            public String toString() {
                return "unique " + kind + " aliases";
            }
        };
    }

    public String connectorName() {
        return getString(NAME);
    }

    public int tasksMax() {
        return getInt(TASKS_MAX);
    }

    public boolean toleratesAllErrors() {
        return "all".equals(getString(ERRORS_TOLERANCE));
    }
}
