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
        return startStandalone(Foundation.start(config, bootstrapServers), config, bootstrapServers, workerId);
    }

    /** Builds the worker and herder on a started {@link Foundation} and starts the stored connectors. */
    static WorkerRuntime startStandalone(Foundation foundation, WorkerConfig config, String bootstrapServers,
                                         String workerId) {
        Worker worker = new Worker(config, foundation.plugins(), new ClientConfigs(config, bootstrapServers),
                foundation.offsetStore(), new StatusReporter(foundation.statusStore(), workerId));
        ConnectorValidator validator = new ConnectorValidator(foundation.plugins(),
                ClientOverridePolicy.of(config.getString(WorkerConfig.CONNECTOR_CLIENT_POLICY)));
        Herder herder = new StandaloneHerder(foundation.configStore(), foundation.statusStore(), worker, validator);
        herder.start();
        return new WorkerRuntime(foundation.configStore(), foundation.offsetStore(), foundation.statusStore(), worker,
                herder);
    }

    /**
     * The part of a worker's start that needs nothing but its configuration: the plugins loaded and the
     * stores read to their end. {@link EarlyStart} builds one before Quarkus has booted.
     */
    record Foundation(Plugins plugins, ConfigStore configStore, OffsetStore offsetStore, StatusStore statusStore)
            implements AutoCloseable {

        /** Loads the plugins while the stores read their topics; returns when all are done. */
        static Foundation start(WorkerConfig config, String bootstrapServers) {
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
            Plugins plugins = startTogether(() -> Plugins.load(config.getList(WorkerConfig.PLUGIN_PATH) == null
                    ? List.of() : config.getList(WorkerConfig.PLUGIN_PATH)),
                    configStore::start, offsetStore::start, statusStore::start);
            return new Foundation(plugins, configStore, offsetStore, statusStore);
        }

        @Override
        public void close() {
            configStore.close();
            offsetStore.close();
            statusStore.close();
        }
    }

    /**
     * Loads the plugins on this thread while each store reads its own topic to the end on a thread of
     * its own (mostly waiting on the broker), so a worker is ready sooner. The first failure is
     * rethrown as it was thrown.
     */
    private static Plugins startTogether(java.util.function.Supplier<Plugins> loadPlugins, Runnable... starts) {
        java.util.concurrent.CompletableFuture<?>[] started = java.util.Arrays.stream(starts)
                .map(start -> java.util.concurrent.CompletableFuture.runAsync(start, runnable -> {
                    Thread thread = new Thread(runnable, "store-start");
                    thread.setDaemon(true);
                    thread.start();
                }))
                .toArray(java.util.concurrent.CompletableFuture[]::new);
        Plugins plugins = loadPlugins.get();
        try {
            java.util.concurrent.CompletableFuture.allOf(started).join();
        } catch (java.util.concurrent.CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
        return plugins;
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
