package io.tributary;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.apache.kafka.common.config.ConfigException;
import org.eclipse.microprofile.config.Config;

import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.tributary.broker.BrokerStartException;
import io.tributary.broker.EmbeddedBroker;
import io.tributary.broker.EmbeddedBrokers;
import io.tributary.config.ConnectorConfigFile;
import io.tributary.config.TributaryConfig;
import io.tributary.config.WorkerConfig;
import io.tributary.config.WorkerProperties;
import io.tributary.health.WorkerReadiness;
import io.tributary.herder.Herder;
import io.tributary.herder.HerderException;
import io.tributary.herder.HerderRef;
import io.tributary.logging.TributaryLog;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Where to start reading: the order in which a worker comes up and goes down.
 * <ol>
 * <li>the embedded broker, when no {@code bootstrap.servers} is configured;</li>
 * <li>the Kafka cluster id, which proves the cluster is reachable;</li>
 * <li>the {@link WorkerRuntime}: plugins, stores read to their end, worker, herder, stored connectors
 * ({@link EarlyStart} usually has done the first two steps and loaded the plugins and stores while
 * Quarkus booted);</li>
 * <li>connector files from the command line;</li>
 * <li>ready: {@code /health} and {@code /q/health/ready} flip to up.</li>
 * </ol>
 * The start runs on its own thread so that the REST server answers {@code /health} with
 * "starting" meanwhile. Shutdown runs the steps backwards within
 * {@code task.shutdown.graceful.timeout.ms}. Next in a record's journey:
 * {@link io.tributary.rest.ConnectorsResource}.
 */
@ApplicationScoped
public class Tributary {

    private static final TributaryLog LOG = TributaryLog.LOG;
    private static final int EXIT_START_FAILED = 2;

    private final TributaryConfig tributaryConfig;
    private final Config config;
    private final WorkerReadiness readiness;
    private final HerderRef herderRef;
    private volatile EmbeddedBroker embeddedBroker;
    private volatile WorkerRuntime runtime;
    private volatile String workerId = "starting";

    public Tributary(TributaryConfig tributaryConfig, Config config, WorkerReadiness readiness, HerderRef herderRef) {
        this.tributaryConfig = tributaryConfig;
        this.config = config;
        this.readiness = readiness;
        this.herderRef = herderRef;
    }

    void onStart(@Observes StartupEvent event) {
        Thread starter = new Thread(this::start, "tributary-start");
        starter.setDaemon(true);
        starter.start();
    }

    private void start() {
        long begin = System.nanoTime();
        try {
            Map<String, String> workerProps = WorkerProperties.collect(config, System.getenv());
            WorkerConfig workerConfig = new WorkerConfig(workerProps);
            workerId = workerId(workerConfig);
            EarlyStart early = EarlyStart.take(workerProps, workerConfig.bootstrapServers().isEmpty()
                    ? EmbeddedBrokerSettings.of(tributaryConfig.embeddedBroker()) : null);
            String clusterId;
            if (early != null) {
                embeddedBroker = early.embeddedBroker();
                clusterId = early.clusterId();
                runtime = WorkerRuntime.startStandalone(early.foundation(), workerConfig, early.bootstrapServers(),
                        workerId);
            } else {
                String bootstrap = bootstrapServers(workerConfig);
                clusterId = ClusterIdLookup.clusterId(bootstrap, workerConfig.sharedClientProps());
                runtime = WorkerRuntime.startStandalone(workerConfig, bootstrap, workerId);
            }
            applyConnectorConfigFiles(runtime.herder());
            herderRef.set(runtime.herder());
            readiness.ready(clusterId);
            LOG.workerStarted(tributaryConfig.mode(), workerId, (System.nanoTime() - begin) / 1_000_000, clusterId);
        } catch (ConfigException | BrokerStartException | HerderException e) {
            failStart(e.getMessage(), null);
        } catch (RuntimeException e) {
            failStart(e.toString(), e);
        }
    }

    /** Apache's worker id: the advertised REST host and port. */
    private String workerId(WorkerConfig workerConfig) {
        String host = workerConfig.getString(WorkerConfig.REST_ADVERTISED_HOST_NAME);
        if (host == null) {
            String bound = config.getOptionalValue("quarkus.http.host", String.class).orElse("0.0.0.0");
            host = bound.equals("0.0.0.0") ? localHostName() : bound;
        }
        Integer port = workerConfig.getInt(WorkerConfig.REST_ADVERTISED_PORT);
        return host + ":" + (port != null ? port : config.getOptionalValue("quarkus.http.port", Integer.class)
                .orElse(8083));
    }

    private static String localHostName() {
        try {
            return java.net.InetAddress.getLocalHost().getHostName();
        } catch (java.net.UnknownHostException e) {
            return "localhost";
        }
    }

    /** Creates or updates the connectors named on the command line, as connect-standalone does. */
    private void applyConnectorConfigFiles(Herder herder) {
        for (String file : tributaryConfig.connectorConfigFiles().orElse(List.of())) {
            ConnectorConfigFile connector = ConnectorConfigFile.read(Path.of(file));
            herder.putConnectorConfig(connector.name(), connector.config(), null, true).await().indefinitely();
        }
    }

    private String bootstrapServers(WorkerConfig workerConfig) {
        if (!workerConfig.bootstrapServers().isEmpty()) {
            return String.join(",", workerConfig.bootstrapServers());
        }
        embeddedBroker = EmbeddedBrokers.start(EmbeddedBrokerSettings.of(tributaryConfig.embeddedBroker()));
        return embeddedBroker.bootstrapServers();
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
        EarlyStart.discardPending();
        WorkerRuntime current = runtime;
        if (current != null) {
            current.close();
        }
        EmbeddedBroker broker = embeddedBroker;
        if (broker != null) {
            broker.close();
        }
        LOG.workerStopped(workerId);
    }
}
