package io.tributary;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

import org.apache.kafka.common.config.ConfigException;

import io.tributary.config.WorkerConfig;
import io.tributary.logging.TributaryLog;

/**
 * The part of a worker's start that can run before Quarkus has booted, when the command line
 * already names the Kafka cluster: asking the cluster for its id, loading the plugins and reading
 * the internal topics to their end. Quarkus's boot takes most of a second and these steps mostly
 * wait on the broker, so running them side by side brings the first ready {@code GET /} forward.
 * <p>
 * {@link Tributary} takes the result over only when the worker properties it finally assembles
 * (application.properties included) are the ones this start used; otherwise it closes what was
 * started and starts afresh, so the early start can never change what a worker does.
 */
public final class EarlyStart {

    private static final TributaryLog LOG = TributaryLog.LOG;

    /** Set at run time by the command line only; taken once. */
    private static volatile EarlyStart pending;

    private final Map<String, String> workerProps;
    private final String bootstrapServers;
    private final CompletableFuture<String> clusterId = new CompletableFuture<>();
    private final CompletableFuture<WorkerRuntime.Foundation> foundation = new CompletableFuture<>();

    private EarlyStart(Map<String, String> workerProps, String bootstrapServers) {
        this.workerProps = Map.copyOf(workerProps);
        this.bootstrapServers = bootstrapServers;
    }

    /**
     * Begins on a background thread when {@code workerProps} name a cluster and are valid; does
     * nothing otherwise (the normal start then reports any problem).
     */
    public static void begin(Map<String, String> workerProps) {
        WorkerConfig config;
        try {
            config = new WorkerConfig(workerProps);
        } catch (ConfigException e) {
            return;
        }
        if (config.bootstrapServers().isEmpty()) {
            return;
        }
        EarlyStart early = new EarlyStart(workerProps, String.join(",", config.bootstrapServers()));
        pending = early;
        Thread thread = new Thread(() -> early.run(config), "early-start");
        thread.setDaemon(true);
        thread.start();
    }

    /**
     * The early start begun for exactly these worker properties, or {@code null}. One begun for
     * other properties is closed in the background.
     */
    static EarlyStart take(Map<String, String> workerProps) {
        EarlyStart early = pending;
        pending = null;
        if (early == null) {
            return null;
        }
        if (!early.workerProps.equals(workerProps)) {
            LOG.earlyStartDiscarded();
            early.foundation.thenAccept(WorkerRuntime.Foundation::close);
            return null;
        }
        LOG.earlyStartTakenOver();
        return early;
    }

    private void run(WorkerConfig config) {
        try {
            clusterId.complete(ClusterIdLookup.clusterId(bootstrapServers, config.sharedClientProps()));
            foundation.complete(WorkerRuntime.Foundation.start(config, bootstrapServers));
        } catch (RuntimeException e) {
            // The cluster id's failure, when it fails, is the one to report; the foundation's follows it.
            clusterId.completeExceptionally(e);
            foundation.completeExceptionally(e);
        }
    }

    String bootstrapServers() {
        return bootstrapServers;
    }

    /** Waits for the cluster id; rethrows the lookup's failure as it was thrown. */
    String clusterId() {
        return await(clusterId);
    }

    /** Waits for the plugins and stores; rethrows their failure as it was thrown. */
    WorkerRuntime.Foundation foundation() {
        return await(foundation);
    }

    private static <T> T await(CompletableFuture<T> future) {
        try {
            return future.get();
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ConfigException("interrupted while starting the worker");
        }
    }
}
