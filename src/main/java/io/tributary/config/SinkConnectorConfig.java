package io.tributary.config;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigDef.Importance;
import org.apache.kafka.common.config.ConfigDef.Type;
import org.apache.kafka.common.config.ConfigDef.Width;
import org.apache.kafka.common.config.ConfigException;

/** Keys of sink connectors: which topics to consume and where failed records go (KIP-298). */
public final class SinkConnectorConfig extends ConnectorConfig {

    public static final String TOPICS = "topics";
    public static final String TOPICS_REGEX = "topics.regex";
    public static final String DLQ_TOPIC_NAME = "errors.deadletterqueue.topic.name";
    public static final String DLQ_TOPIC_REPLICATION_FACTOR = "errors.deadletterqueue.topic.replication.factor";
    public static final String DLQ_CONTEXT_HEADERS_ENABLE = "errors.deadletterqueue.context.headers.enable";

    public SinkConnectorConfig(Map<String, String> props) {
        super(configDef(), props);
    }

    public static ConfigDef configDef() {
        int order = 100;
        return ConnectorConfig.configDef()
                .define(TOPICS, Type.LIST, "", Importance.HIGH, "List of topics to consume, separated by commas.",
                        COMMON_GROUP, ++order, Width.LONG, "Topics")
                .define(TOPICS_REGEX, Type.STRING, "", Importance.HIGH, "Regular expression giving topics to consume.",
                        COMMON_GROUP, ++order, Width.LONG, "Topics regex")
                .define(DLQ_TOPIC_NAME, Type.STRING, "", Importance.MEDIUM, "The name of the topic to be used as the "
                        + "dead letter queue (DLQ) for records that fail to be processed.", ERROR_GROUP, ++order,
                        Width.MEDIUM, "Dead Letter Queue Topic Name")
                .define(DLQ_TOPIC_REPLICATION_FACTOR, Type.SHORT, (short) 3, Importance.MEDIUM,
                        "Replication factor used to create the dead letter queue topic when it doesn't already exist.",
                        ERROR_GROUP, ++order, Width.MEDIUM, "Dead Letter Queue Topic Replication Factor")
                .define(DLQ_CONTEXT_HEADERS_ENABLE, Type.BOOLEAN, false, Importance.MEDIUM, "If true, add headers "
                        + "containing error context to the messages written to the dead letter queue.", ERROR_GROUP,
                        ++order, Width.MEDIUM, "Enable Error Context Headers");
    }

    /**
     * Apache's cross-field rules: exactly one of {@code topics} and {@code topics.regex}, a valid
     * regex, and the DLQ topic not among the consumed topics.
     *
     * @throws ConfigException naming the offending key
     */
    public static void validateTopics(Map<String, String> props) {
        String topics = props.getOrDefault(TOPICS, "").trim();
        String regex = props.getOrDefault(TOPICS_REGEX, "").trim();
        if (topics.isEmpty() && regex.isEmpty()) {
            throw new ConfigException("Must configure one of " + TOPICS + " or " + TOPICS_REGEX);
        }
        if (!topics.isEmpty() && !regex.isEmpty()) {
            throw new ConfigException(TOPICS, topics, TOPICS + " and " + TOPICS_REGEX + " are mutually exclusive "
                    + "options, but both are set.");
        }
        if (!regex.isEmpty()) {
            try {
                Pattern.compile(regex);
            } catch (PatternSyntaxException e) {
                throw new ConfigException(TOPICS_REGEX, regex, "Must be a valid regular expression: " + e.getDescription());
            }
        }
        String dlq = props.getOrDefault(DLQ_TOPIC_NAME, "").trim();
        if (!dlq.isEmpty() && List.of(topics.split("\\s*,\\s*")).contains(dlq)) {
            throw new ConfigException(DLQ_TOPIC_NAME, dlq, "The DLQ topic '" + dlq + "' may not be included in the "
                    + "list of topics ('" + TOPICS + "=" + topics + "') consumed by the connector");
        }
    }

    public List<String> topics() {
        return getList(TOPICS).stream().map(String::trim).filter(topic -> !topic.isEmpty()).toList();
    }

    public String topicsRegex() {
        return getString(TOPICS_REGEX).trim();
    }

    public String deadLetterQueueTopic() {
        return getString(DLQ_TOPIC_NAME).trim();
    }
}
