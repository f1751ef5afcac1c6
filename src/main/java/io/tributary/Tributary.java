package io.tributary;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.config.ConfigException;
import org.eclipse.microprofile.config.Config;

import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.tributary.broker.BrokerStartException;
import io.tributary.broker.EmbeddedBroker;
import io.tributary.broker.EmbeddedBrokerConfig;
import io.tributary.broker.EmbeddedBrokers;
import io.tributary.config.TributaryConfig;
import io.tributary.config.WorkerConfig;
import io.tributary.config.WorkerProperties;
import io.tributary.health.WorkerReadiness;
import io.tributary.logging.TributaryLog;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Where to start reading: the order in which a worker comes up and goes down.
 * <ol>
 * <li>the embedded broker, when no {@code bootstrap.servers} is configured;</li>
 * <li>the Kafka cluster id, which proves the cluster is reachable;</li>
 * <li>ready: {@code /health} and {@code /q/health/ready} flip to up.</li>
 * </ol>
 * The start runs on its own thread so that the REST server answers {@code /health} with
 * "starting" meanwhile. Shutdown runs the steps backwards within
 * {@code task.shutdown.graceful.timeout.ms}.
 */
@ApplicationScoped
public class Tributary {

    private static final TributaryLog LOG = TributaryLog.LOG;
    private static final int EXIT_START_FAILED = 2;
    private static final long CLUSTER_ID_TIMEOUT_MS = 30_000;

    private final TributaryConfig tributaryConfig;
    private final Config config;
    private final WorkerReadiness readiness;
    private volatile EmbeddedBroker embeddedBroker;
    private volatile String workerId = "starting";

    public Tributary(TributaryConfig tributaryConfig, Config config, WorkerReadiness readiness) {
        this.tributaryConfig = tributaryConfig;
        this.config = config;
        this.readiness = readiness;
    }

    void onStart(@Observes StartupEvent event) {
        Thread starter = new Thread(this::start, "tributary-start");
        starter.setDaemon(true);
        starter.start();
    }

    private void start() {
        long begin = System.nanoTime();
        try {
            workerId = config.getOptionalValue("quarkus.http.host", String.class).orElse("localhost") + ":"
                    + config.getOptionalValue("quarkus.http.port", Integer.class).orElse(8083);
            WorkerConfig workerConfig = new WorkerConfig(WorkerProperties.collect(config, System.getenv()));
            String bootstrap = bootstrapServers(workerConfig);
            String clusterId = lookUpClusterId(bootstrap);
            readiness.ready(clusterId);
            LOG.workerStarted(tributaryConfig.mode(), workerId, (System.nanoTime() - begin) / 1_000_000, clusterId);
        } catch (ConfigException | BrokerStartException e) {
            failStart(e.getMessage(), null);
        } catch (RuntimeException e) {
            failStart(e.toString(), e);
        }
    }

    private String bootstrapServers(WorkerConfig workerConfig) {
        if (!workerConfig.bootstrapServers().isEmpty()) {
            return String.join(",", workerConfig.bootstrapServers());
        }
        TributaryConfig.EmbeddedBroker settings = tributaryConfig.embeddedBroker();
        embeddedBroker = EmbeddedBrokers.start(new EmbeddedBrokerConfig(settings.port(), settings.controllerPort(),
                Path.of(settings.dir())));
        return embeddedBroker.bootstrapServers();
    }

    private static String lookUpClusterId(String bootstrap) {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
            return admin.describeCluster().clusterId().get(CLUSTER_ID_TIMEOUT_MS, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            throw new ConfigException("Kafka at " + bootstrap + " did not answer within "
                    + CLUSTER_ID_TIMEOUT_MS / 1000 + " s; check bootstrap.servers");
        } catch (ExecutionException e) {
            throw new ConfigException("cannot reach Kafka at " + bootstrap + ": " + e.getCause().getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ConfigException("interrupted while reaching Kafka at " + bootstrap);
        }
    }

    private void failStart(String reason, Throwable cause) {
        readiness.failed(reason);
        LOG.workerStartFailed(reason, cause);
        if (LaunchMode.current() == LaunchMode.NORMAL) {
            // The same one-line form as bad command-line input, for whoever reads stderr only.
            System.err.println("tributary: " + reason);
            Quarkus.asyncExit(EXIT_START_FAILED);
        }
    }

    void onStop(@Observes ShutdownEvent event) {
        LOG.workerStopping(workerId);
        EmbeddedBroker broker = embeddedBroker;
        if (broker != null) {
            broker.close();
        }
        LOG.workerStopped(workerId);
    }
}
