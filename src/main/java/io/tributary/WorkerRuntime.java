package io.tributary;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import io.tributary.config.WorkerConfig;
import io.tributary.herder.ClientOverridePolicy;
import io.tributary.herder.ConnectorValidator;
import io.tributary.herder.Herder;
import io.tributary.herder.standalone.StandaloneHerder;
import io.tributary.isolation.Plugins;
import io.tributary.storage.ConfigStore;
import io.tributary.storage.OffsetStore;
import io.tributary.storage.StatusStore;
import io.tributary.storage.file.FileOffsetStore;
import io.tributary.storage.kafka.KafkaConfigStore;
import io.tributary.storage.kafka.KafkaOffsetStore;
import io.tributary.storage.kafka.KafkaStatusStore;
import io.tributary.storage.kafka.KafkaStoreSettings;
import io.tributary.worker.ClientConfigs;
import io.tributary.worker.StatusReporter;
import io.tributary.worker.Worker;

/**
 * One worker's moving parts, built and started in dependency order (plugins, stores, worker,
 * herder) and stopped in reverse. Standalone keeps its state in Kafka topics like distributed
 * mode does, so connectors created over REST survive a restart; {@code offset.storage.file.filename}
 * moves offsets to a file as in Apache.
 */
final class WorkerRuntime implements AutoCloseable {

    private final ConfigStore configStore;
    private final OffsetStore offsetStore;
    private final StatusStore statusStore;
    private final Worker worker;
    private final Herder herder;

    private WorkerRuntime(ConfigStore configStore, OffsetStore offsetStore, StatusStore statusStore, Worker worker,
                          Herder herder) {
        this.configStore = configStore;
        this.offsetStore = offsetStore;
        this.statusStore = statusStore;
        this.worker = worker;
        this.herder = herder;
    }

    /** Builds and starts everything; returns once the stores are read to their end and connectors started. */
    static WorkerRuntime startStandalone(WorkerConfig config, String bootstrapServers, String workerId) {
        Plugins plugins = Plugins.load(config.getList(WorkerConfig.PLUGIN_PATH) == null ? List.of()
                : config.getList(WorkerConfig.PLUGIN_PATH));
        ConfigStore configStore = new KafkaConfigStore(settings(config, bootstrapServers,
                WorkerConfig.CONFIG_STORAGE_TOPIC, 1, WorkerConfig.CONFIG_STORAGE_REPLICATION_FACTOR));
        String offsetFile = config.getString(WorkerConfig.OFFSET_STORAGE_FILE_FILENAME);
        OffsetStore offsetStore = offsetFile != null && !offsetFile.isBlank()
                ? new FileOffsetStore(Path.of(offsetFile))
                : new KafkaOffsetStore(settings(config, bootstrapServers, WorkerConfig.OFFSET_STORAGE_TOPIC,
                        config.getInt(WorkerConfig.OFFSET_STORAGE_PARTITIONS),
                        WorkerConfig.OFFSET_STORAGE_REPLICATION_FACTOR));
        StatusStore statusStore = new KafkaStatusStore(settings(config, bootstrapServers,
                WorkerConfig.STATUS_STORAGE_TOPIC, config.getInt(WorkerConfig.STATUS_STORAGE_PARTITIONS),
                WorkerConfig.STATUS_STORAGE_REPLICATION_FACTOR));
        startTogether(configStore::start, offsetStore::start, statusStore::start);
        Worker worker = new Worker(config, plugins, new ClientConfigs(config, bootstrapServers), offsetStore,
                new StatusReporter(statusStore, workerId));
        ConnectorValidator validator = new ConnectorValidator(plugins,
                ClientOverridePolicy.of(config.getString(WorkerConfig.CONNECTOR_CLIENT_POLICY)));
        Herder herder = new StandaloneHerder(configStore, statusStore, worker, validator);
        herder.start();
        return new WorkerRuntime(configStore, offsetStore, statusStore, worker, herder);
    }

    /**
     * Starts the stores side by side: each reads its own topic to the end, mostly waiting on the
     * broker, so a worker is ready sooner. The first failure is rethrown as it was thrown.
     */
    private static void startTogether(Runnable... starts) {
        java.util.concurrent.CompletableFuture<?>[] started = java.util.Arrays.stream(starts)
                .map(start -> java.util.concurrent.CompletableFuture.runAsync(start, runnable -> {
                    Thread thread = new Thread(runnable, "store-start");
                    thread.setDaemon(true);
                    thread.start();
                }))
                .toArray(java.util.concurrent.CompletableFuture[]::new);
        try {
            java.util.concurrent.CompletableFuture.allOf(started).join();
        } catch (java.util.concurrent.CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }

    /**
     * Settings of one internal topic. Standalone workers often run against a single broker, so an
     * unset replication factor means the broker's default rather than Apache's 3.
     */
    private static KafkaStoreSettings settings(WorkerConfig config, String bootstrapServers, String topicKey,
                                               int partitions, String replicationKey) {
        short replication = config.originals().containsKey(replicationKey) ? config.getShort(replicationKey) : -1;
        Map<String, Object> clientProps = config.sharedClientProps();
        String group = config.getString(WorkerConfig.GROUP_ID);
        return new KafkaStoreSettings(bootstrapServers, config.getString(topicKey), partitions, replication,
                clientProps, (group == null ? WorkerConfig.STANDALONE_GROUP_ID : group) + "-");
    }

    Herder herder() {
        return herder;
    }

    @Override
    public void close() {
        herder.stop();
        configStore.close();
        offsetStore.close();
        statusStore.close();
    }

    Worker worker() {
        return worker;
    }
}
