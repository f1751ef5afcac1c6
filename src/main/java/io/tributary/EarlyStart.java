package io.tributary;

import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

import org.apache.kafka.common.config.ConfigException;

import io.quarkus.bootstrap.logging.InitialConfigurator;
import io.tributary.broker.EmbeddedBroker;
import io.tributary.broker.EmbeddedBrokerConfig;
import io.tributary.broker.EmbeddedBrokers;
import io.tributary.config.WorkerConfig;
import io.tributary.logging.TributaryLog;

/**
 * The part of a worker's start that can run before Quarkus has booted: starting the embedded
 * broker (when no cluster is named), asking the cluster for its id, loading the plugins and reading
 * the internal topics to their end. Quarkus's boot takes most of a second and these steps mostly
 * wait on the broker or start it, so running them side by side brings the first ready
 * {@code GET /} forward.
 * <p>
 * {@link Tributary} takes the result over only when the worker properties and embedded-broker
 * settings it finally assembles (application.properties included) are the ones this start used;
 * otherwise it closes what was started and starts afresh, so the early start never changes what a
 * worker does.
 */
public final class EarlyStart {

    private static final TributaryLog LOG = TributaryLog.LOG;
    /** Past this the boot has stalled or failed; the early start then goes ahead anyway. */
    private static final java.time.Duration LOGGING_WAIT = java.time.Duration.ofSeconds(30);
    private static final java.time.Duration CLOSE_WAIT = java.time.Duration.ofSeconds(10);

    /** Set at run time by the command line only; taken once. */
    private static volatile EarlyStart pending;

    private final Map<String, String> workerProps;
    private final EmbeddedBrokerConfig brokerConfig;
    /** The cluster the worker properties name, or {@code null} when this start launches the embedded broker. */
    private final String namedBootstrapServers;
    private final CompletableFuture<EmbeddedBroker> broker = new CompletableFuture<>();
    private final CompletableFuture<String> clusterId = new CompletableFuture<>();
    private final CompletableFuture<WorkerRuntime.Foundation> foundation = new CompletableFuture<>();

    private EarlyStart(Map<String, String> workerProps, WorkerConfig config, EmbeddedBrokerConfig brokerConfig) {
        this.workerProps = Map.copyOf(workerProps);
        this.brokerConfig = brokerConfig;
        this.namedBootstrapServers = brokerConfig == null ? String.join(",", config.bootstrapServers()) : null;
    }

    /**
     * Begins on a background thread when the worker properties (and, without {@code bootstrap.servers},
     * the embedded broker's settings) as known before boot are valid; does nothing otherwise, and the
     * normal start then reports the problem.
     */
    public static void begin(Map<String, String> workerFile, java.util.Properties system,
                             Map<String, String> environment) {
        Map<String, String> workerProps = io.tributary.config.WorkerProperties.beforeBoot(workerFile, system,
                environment);
        WorkerConfig config;
        EmbeddedBrokerConfig brokerConfig = null;
        try {
            config = new WorkerConfig(workerProps);
            if (config.bootstrapServers().isEmpty()) {
                if (!EmbeddedBrokers.available()) {
                    return;
                }
                brokerConfig = EmbeddedBrokerSettings.beforeBoot(workerFile, system, environment);
            }
        } catch (ConfigException | NumberFormatException e) {
            return;
        }
        EarlyStart early = new EarlyStart(workerProps, config, brokerConfig);
        pending = early;
        Thread thread = new Thread(() -> early.run(config), "early-start");
        thread.setDaemon(true);
        thread.start();
    }

    /**
     * The early start begun for exactly these settings, or {@code null}. One begun for other
     * settings is closed before this returns.
     *
     * @param brokerConfig the embedded broker's final settings, {@code null} when the worker names a cluster
     */
    static EarlyStart take(Map<String, String> workerProps, EmbeddedBrokerConfig brokerConfig) {
        EarlyStart early = pending;
        pending = null;
        if (early == null) {
            return null;
        }
        if (early.workerProps.equals(workerProps) && Objects.equals(early.brokerConfig, brokerConfig)) {
            LOG.earlyStartTakenOver();
            return early;
        }
        LOG.earlyStartDiscarded();
        early.closeAndWait();
        return null;
    }

    /**
     * Closes an early start nobody took, for a worker stopped while Quarkus was still booting: its
     * broker then shuts down cleanly instead of recovering its log at the next start.
     */
    static void discardPending() {
        EarlyStart early = pending;
        pending = null;
        if (early != null) {
            early.closeAndWait();
        }
    }

    /**
     * Closes what this start opened once it is done, and waits for that: the start that follows may
     * want the same broker port, directory or topics. Bounded, so that a start still waiting on an
     * unreachable cluster does not hold up the next one or the exit.
     */
    private void closeAndWait() {
        try {
            closeWhenDone().get(CLOSE_WAIT.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | java.util.concurrent.TimeoutException e) {
            // what could be closed was closed
        }
    }

    private CompletableFuture<Void> closeWhenDone() {
        return foundation.handle((started, failure) -> {
            if (started != null) {
                started.close();
            }
            EmbeddedBroker startedBroker = broker.getNow(null);
            if (startedBroker != null) {
                startedBroker.close();
            }
            return null;
        });
    }

    private void run(WorkerConfig config) {
        awaitLoggingConfigured();
        try {
            EmbeddedBroker started = brokerConfig != null ? EmbeddedBrokers.start(brokerConfig) : null;
            broker.complete(started);
            String bootstrap = started != null ? started.bootstrapServers() : namedBootstrapServers;
            clusterId.complete(ClusterIdLookup.clusterId(bootstrap, config.sharedClientProps()));
            foundation.complete(WorkerRuntime.Foundation.start(config, bootstrap));
        } catch (RuntimeException | Error e) {
            // Every step after the failed one reports the same failure: the first one asked rethrows it
            // (an Error wrapped), and the worker's start fails with it rather than waiting forever.
            broker.completeExceptionally(e);
            clusterId.completeExceptionally(e);
            foundation.completeExceptionally(e);
        }
    }

    /**
     * Waits until Quarkus has applied the logging configuration, which it does right after it has
     * validated its own configuration. Until then log records of the broker and clients would not be
     * filtered by our categories, and a boot that fails on bad configuration would print them to
     * stderr ahead of its one-line reason.
     */
    private static void awaitLoggingConfigured() {
        long deadline = System.nanoTime() + LOGGING_WAIT.toNanos();
        while (!InitialConfigurator.DELAYED_HANDLER.isActivated() && System.nanoTime() < deadline) {
            try {
                Thread.sleep(2);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** The broker this start launched, or {@code null} when the worker names a cluster. */
    EmbeddedBroker embeddedBroker() {
        return await(broker);
    }

    /** The cluster the worker properties name, or the embedded broker's once it has started. */
    String bootstrapServers() {
        return namedBootstrapServers != null ? namedBootstrapServers : await(broker).bootstrapServers();
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
