package io.tributary.storage.kafka;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;
import org.apache.kafka.connect.errors.ConnectException;

import io.tributary.logging.TributaryLog;

/**
 * Creates an internal topic when it is missing, as Apache's {@code TopicAdmin} does: compacted, with the
 * settings' partitions and replication factor (-1 leaves each to the broker). An existing topic is kept,
 * but must be compacted only: with {@code delete} in its cleanup policy the broker would drop connector
 * configurations and offsets after the retention time, so we refuse to start, like Apache.
 */
final class TopicAdmin {

    private static final long TIMEOUT_MS = 30_000;
    private static final long JUST_CREATED_MS = 10_000;

    private TopicAdmin() {
    }

    /** Creates the topic if needed and checks its cleanup policy. */
    static void ensureCompactedTopic(KafkaStoreSettings settings, String clientId) {
        Map<String, Object> props = new java.util.HashMap<>(settings.clientProps());
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, settings.bootstrapServers());
        props.put(AdminClientConfig.CLIENT_ID_CONFIG, clientId + "-admin");
        try (Admin admin = Admin.create(props)) {
            if (!create(admin, settings)) {
                verifyCompacted(admin, settings.topic());
            }
        }
    }

    private static boolean create(Admin admin, KafkaStoreSettings settings) {
        Optional<Integer> partitions = settings.partitions() < 0 ? Optional.empty() : Optional.of(settings.partitions());
        Optional<Short> replication = settings.replicationFactor() < 0
                ? Optional.empty() : Optional.of(settings.replicationFactor());
        NewTopic topic = new NewTopic(settings.topic(), partitions, replication)
                .configs(Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT));
        try {
            admin.createTopics(List.of(topic)).all().get(TIMEOUT_MS, TimeUnit.MILLISECONDS);
            TributaryLog.LOG.internalTopicCreated(settings.topic(), orDefault(settings.partitions()),
                    orDefault(settings.replicationFactor()));
            return true;
        } catch (ExecutionException e) {
            if (e.getCause() instanceof TopicExistsException) {
                return false;
            }
            throw new ConnectException("Cannot create internal topic " + settings.topic(), e.getCause());
        } catch (InterruptedException | TimeoutException e) {
            throw interruptedOrTimedOut("create internal topic " + settings.topic(), e);
        }
    }

    private static void verifyCompacted(Admin admin, String topic) {
        ConfigResource resource = new ConfigResource(ConfigResource.Type.TOPIC, topic);
        try {
            Config config = describe(admin, resource);
            String policy = config.get(TopicConfig.CLEANUP_POLICY_CONFIG).value();
            if (!TopicConfig.CLEANUP_POLICY_COMPACT.equals(policy.trim())) {
                throw new ConnectException("Internal topic " + topic + " must have cleanup.policy=compact only, "
                        + "but has '" + policy + "': records would be deleted after the retention time");
            }
        } catch (ExecutionException e) {
            throw new ConnectException("Cannot describe internal topic " + topic, e.getCause());
        } catch (InterruptedException | TimeoutException e) {
            throw interruptedOrTimedOut("describe internal topic " + topic, e);
        }
    }

    /**
     * The topic's configuration. A topic another worker has just created may be unknown to the broker
     * that answers for a moment after "already exists", so that answer is retried for a while.
     */
    private static Config describe(Admin admin, ConfigResource resource)
            throws ExecutionException, InterruptedException, TimeoutException {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(JUST_CREATED_MS);
        while (true) {
            try {
                return admin.describeConfigs(List.of(resource)).all().get(TIMEOUT_MS, TimeUnit.MILLISECONDS)
                        .get(resource);
            } catch (ExecutionException e) {
                if (!(e.getCause() instanceof UnknownTopicOrPartitionException) || System.nanoTime() > deadline) {
                    throw e;
                }
                Thread.sleep(100);
            }
        }
    }

    static ConnectException interruptedOrTimedOut(String what, Exception e) {
        if (e instanceof InterruptedException) {
            Thread.currentThread().interrupt();
        }
        return new ConnectException("Could not " + what + " in time", e);
    }

    private static String orDefault(int value) {
        return value < 0 ? "broker default" : String.valueOf(value);
    }
}
