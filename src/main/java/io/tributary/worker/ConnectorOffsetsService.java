package io.tributary.worker;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.connect.connector.Connector;
import org.apache.kafka.connect.errors.ConnectException;
import org.apache.kafka.connect.sink.SinkConnector;
import org.apache.kafka.connect.source.SourceConnector;

import io.tributary.config.ConnectorConfig;
import io.tributary.isolation.PluginType;
import io.tributary.isolation.Plugins;
import io.tributary.storage.OffsetStore;

/**
 * Reads, alters and resets a connector's offsets (KIP-875). A source connector's offsets live in
 * the {@link OffsetStore}; a sink connector's are its consumer group's ({@code connect-NAME}, or
 * {@code consumer.override.group.id}). Before changing them the connector's own
 * {@code alterOffsets} is asked, on a fresh instance, as Apache does, so that a connector can
 * reject offsets it cannot resume from.
 *
 * <p>The herder calls this on its thread, and only for a STOPPED connector when changing offsets;
 * Admin calls and offset writes wait up to {@link #TIMEOUT_MS}.
 */
public final class ConnectorOffsetsService implements AutoCloseable {

    private static final long TIMEOUT_MS = 30_000;

    private final Plugins plugins;
    private final OffsetStore offsetStore;
    private final ClientConfigs clients;
    private Admin admin;

    ConnectorOffsetsService(Plugins plugins, OffsetStore offsetStore, ClientConfigs clients) {
        this.plugins = plugins;
        this.offsetStore = offsetStore;
        this.clients = clients;
    }

    /** The connector's committed offsets, each partition once. */
    public Map<Map<String, Object>, Map<String, Object>> offsets(String name, Map<String, String> config) {
        if (isSink(config)) {
            return sinkOffsets().read(groupId(name, config));
        }
        return offsetStore.offsets(name);
    }

    /**
     * Alters the offsets (a null offset removes its partition).
     *
     * @return whether the connector confirmed that it altered offsets it manages itself
     * @throws InvalidOffsetsException if the offsets are malformed or the connector rejects them
     */
    public boolean alter(String name, Map<String, String> config,
                         Map<Map<String, Object>, Map<String, Object>> offsets) {
        if (isSink(config)) {
            Map<TopicPartition, Long> parsed = SinkOffsets.parse(offsets);
            boolean confirmed = askConnector(name, config, connector -> ((SinkConnector) connector)
                    .alterOffsets(config, parsed));
            sinkOffsets().alter(groupId(name, config), parsed);
            return confirmed;
        }
        SourceOffsetFormat.validate(offsets);
        Map<Map<String, Object>, Map<String, Object>> normalized = SourceOffsetFormat.normalize(offsets);
        boolean confirmed = askConnector(name, config, connector -> ((SourceConnector) connector)
                .alterOffsets(config, new HashMap<>(normalized)));
        writeSourceOffsets(name, normalized);
        return confirmed;
    }

    /**
     * Removes every offset of the connector.
     *
     * @return whether the connector confirmed that it reset offsets it manages itself
     */
    public boolean reset(String name, Map<String, String> config) {
        if (isSink(config)) {
            Map<TopicPartition, Long> all = new HashMap<>();
            SinkOffsets.parse(offsets(name, config)).keySet().forEach(partition -> all.put(partition, null));
            boolean confirmed = askConnector(name, config, connector -> ((SinkConnector) connector)
                    .alterOffsets(config, all));
            sinkOffsets().reset(groupId(name, config));
            return confirmed;
        }
        Map<Map<String, Object>, Map<String, Object>> tombstones = new LinkedHashMap<>();
        offsetStore.offsets(name).keySet().forEach(partition -> tombstones.put(partition, null));
        boolean confirmed = askConnector(name, config, connector -> ((SourceConnector) connector)
                .alterOffsets(config, new HashMap<>(tombstones)));
        writeSourceOffsets(name, tombstones);
        return confirmed;
    }

    private boolean isSink(Map<String, String> config) {
        String connectorClass = config.get(ConnectorConfig.CONNECTOR_CLASS);
        return connectorClass != null && plugins.find(connectorClass, PluginType.SOURCE, PluginType.SINK)
                .map(plugin -> plugin.type() == PluginType.SINK).orElse(false);
    }

    /** Apache's sink group: {@code connect-NAME} unless the connector overrides {@code group.id}. */
    private static String groupId(String name, Map<String, String> config) {
        String override = config.get(ConnectorConfig.CONSUMER_OVERRIDE_PREFIX + "group.id");
        return override != null ? override : "connect-" + name;
    }

    /** Runs {@code alterOffsets} on a fresh connector instance in its plugin's class loader. */
    private boolean askConnector(String name, Map<String, String> config, OffsetsCall call) {
        Connector connector = plugins.newInstance(config.get(ConnectorConfig.CONNECTOR_CLASS), Connector.class,
                PluginType.SOURCE, PluginType.SINK);
        try (var ignored = Plugins.swapLoader(connector.getClass().getClassLoader())) {
            return call.alter(connector);
        } catch (UnsupportedOperationException e) {
            throw new InvalidOffsetsException("Connector " + name + " does not support altering its offsets: "
                    + e.getMessage(), e);
        } catch (RuntimeException e) {
            // The connector's message tells the caller what is wrong with the offsets they sent.
            throw new InvalidOffsetsException(e.getMessage() != null ? e.getMessage()
                    : "Failed to alter offsets for connector " + name + " because it threw an exception", e);
        }
    }

    private void writeSourceOffsets(String name, Map<Map<String, Object>, Map<String, Object>> offsets) {
        try {
            offsetStore.write(name, offsets).get(TIMEOUT_MS, TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            throw new ConnectException("Failed to write offsets of connector " + name + ": "
                    + e.getCause().getMessage(), e.getCause());
        } catch (TimeoutException e) {
            throw new ConnectException("Timed out after " + TIMEOUT_MS + " ms writing offsets of connector " + name, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ConnectException("Interrupted writing offsets of connector " + name, e);
        }
    }

    private synchronized SinkOffsets sinkOffsets() {
        if (admin == null) {
            admin = Admin.create(clients.admin("connector-offsets-admin", Map.of()));
        }
        return new SinkOffsets(admin, TIMEOUT_MS);
    }

    @Override
    public synchronized void close() {
        if (admin != null) {
            admin.close();
        }
    }

    /** One {@code alterOffsets} call on a connector instance. */
    @FunctionalInterface
    private interface OffsetsCall {
        boolean alter(Connector connector);
    }
}
