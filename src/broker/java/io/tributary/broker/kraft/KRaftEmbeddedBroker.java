package io.tributary.broker.kraft;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;

import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;
import org.apache.kafka.metadata.storage.Formatter;
import org.apache.kafka.server.common.MetadataVersion;

import io.tributary.broker.BrokerStartException;
import io.tributary.broker.EmbeddedBroker;
import io.tributary.broker.EmbeddedBrokerConfig;
import io.tributary.logging.TributaryLog;
import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;

/**
 * One KRaft process with both roles, listening on loopback only. The data directory is formatted
 * once; later starts reuse it (and its cluster id), and Kafka's own log recovery repairs it after
 * an unclean stop.
 */
final class KRaftEmbeddedBroker implements EmbeddedBroker {

    private static final String HOST = "127.0.0.1";
    private static final String CONTROLLER_LISTENER = "CONTROLLER";
    private static final int NODE_ID = 1;

    private final KafkaRaftServer server;
    private final String bootstrapServers;
    private final String clusterId;
    private boolean closed;

    private KRaftEmbeddedBroker(KafkaRaftServer server, String bootstrapServers, String clusterId) {
        this.server = server;
        this.bootstrapServers = bootstrapServers;
        this.clusterId = clusterId;
    }

    static EmbeddedBroker start(EmbeddedBrokerConfig config) {
        long begin = System.nanoTime();
        int port = config.port() == 0 ? freePort() : checkFree(config.port(), "tributary.embedded-broker.port");
        int controllerPort = config.controllerPort().isPresent()
                ? checkFree(config.controllerPort().getAsInt(), "tributary.embedded-broker.controller-port")
                : freePort();
        Path dir = config.dataDir().toAbsolutePath();
        createDirectory(dir);

        KafkaConfig kafkaConfig = KafkaConfig.fromProps(brokerProperties(port, controllerPort, dir));
        String clusterId = formatIfNew(dir);
        KafkaRaftServer server = new KafkaRaftServer(kafkaConfig, Time.SYSTEM);
        server.startup();

        String bootstrap = HOST + ":" + port;
        TributaryLog.LOG.embeddedBrokerStarted(bootstrap, clusterId, dir.toString(),
                (System.nanoTime() - begin) / 1_000_000);
        return new KRaftEmbeddedBroker(server, bootstrap, clusterId);
    }

    private static Properties brokerProperties(int port, int controllerPort, Path dir) {
        Properties props = new Properties();
        props.put("process.roles", "broker,controller");
        props.put("node.id", String.valueOf(NODE_ID));
        props.put("controller.quorum.voters", NODE_ID + "@" + HOST + ":" + controllerPort);
        props.put("listeners", "PLAINTEXT://" + HOST + ":" + port + "," + CONTROLLER_LISTENER + "://" + HOST + ":"
                + controllerPort);
        props.put("advertised.listeners", "PLAINTEXT://" + HOST + ":" + port);
        props.put("controller.listener.names", CONTROLLER_LISTENER);
        props.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT," + CONTROLLER_LISTENER + ":PLAINTEXT");
        props.put("inter.broker.listener.name", "PLAINTEXT");
        props.put("log.dirs", dir.toString());
        // A single node: every internal topic can only have one replica.
        props.put("offsets.topic.replication.factor", "1");
        props.put("offsets.topic.num.partitions", "10");
        props.put("transaction.state.log.replication.factor", "1");
        props.put("transaction.state.log.min.isr", "1");
        props.put("transaction.state.log.num.partitions", "10");
        props.put("share.coordinator.state.topic.replication.factor", "1");
        props.put("share.coordinator.state.topic.min.isr", "1");
        props.put("group.initial.rebalance.delay.ms", "0");
        props.put("num.partitions", "1");
        return props;
    }

    /** Formats {@code dir} on first use and returns the cluster id it belongs to. */
    private static String formatIfNew(Path dir) {
        Path meta = dir.resolve("meta.properties");
        if (Files.exists(meta)) {
            return readClusterId(meta);
        }
        String clusterId = Uuid.randomUuid().toString();
        try {
            new Formatter()
                    .setNodeId(NODE_ID)
                    .setClusterId(clusterId)
                    .setDirectories(List.of(dir.toString()))
                    .setMetadataLogDirectory(dir.toString())
                    .setControllerListenerName(CONTROLLER_LISTENER)
                    .setReleaseVersion(MetadataVersion.LATEST_PRODUCTION)
                    .setIgnoreFormatted(true)
                    .setPrintStream(new java.io.PrintStream(java.io.OutputStream.nullOutputStream()))
                    .run();
        } catch (Exception e) {
            throw new BrokerStartException("cannot format the embedded broker's data directory " + dir + ": "
                    + e.getMessage(), e);
        }
        return clusterId;
    }

    private static String readClusterId(Path meta) {
        Properties props = new Properties();
        try (InputStream in = Files.newInputStream(meta)) {
            props.load(in);
        } catch (IOException e) {
            throw new BrokerStartException("cannot read " + meta + ": " + e.getMessage(), e);
        }
        String id = props.getProperty("cluster.id");
        if (id == null) {
            throw new BrokerStartException(meta + " has no cluster.id; remove the directory to start afresh", null);
        }
        return id;
    }

    private static void createDirectory(Path dir) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new BrokerStartException("cannot create the embedded broker's data directory " + dir
                    + " (tributary.embedded-broker.dir): " + e.getMessage(), e);
        }
    }

    private static int checkFree(int port, String property) {
        try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getByName(HOST))) {
            socket.setReuseAddress(true);
            return port;
        } catch (IOException e) {
            throw new BrokerStartException("port " + port + " on " + HOST + " is already in use; choose another with "
                    + property, e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName(HOST))) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new BrokerStartException("cannot find a free loopback port: " + e.getMessage(), e);
        }
    }

    @Override
    public String bootstrapServers() {
        return bootstrapServers;
    }

    @Override
    public String clusterId() {
        return clusterId;
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        server.shutdown();
        server.awaitShutdown();
        TributaryLog.LOG.embeddedBrokerStopped(bootstrapServers);
    }
}
