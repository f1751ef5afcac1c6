package io.tributary.herder;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.kafka.connect.errors.ConnectException;

import io.tributary.storage.ClusterConfigState;
import io.tributary.storage.TargetState;
import io.tributary.worker.ConnectorOffsetsService;
import io.tributary.worker.InvalidOffsetsException;

/**
 * The herder's side of {@code GET/PATCH/DELETE /connectors/NAME/offsets} (KIP-875): offsets change
 * only while the connector is STOPPED and has no tasks, with Apache's messages; the work itself is
 * the worker's {@link ConnectorOffsetsService}. Called on the herder thread.
 */
public final class OffsetRequests {

    private static final String ALTERED = "The offsets for this connector have been altered successfully";
    private static final String ALTERED_FRAMEWORK = "The Connect framework-managed offsets for this connector have "
            + "been altered successfully. However, if this connector manages offsets externally, they will need to "
            + "be manually altered in the system that the connector uses.";
    private static final String RESET = "The offsets for this connector have been reset successfully";
    private static final String RESET_FRAMEWORK = "The Connect framework-managed offsets for this connector have "
            + "been reset successfully. However, if this connector manages offsets externally, they will need to "
            + "be manually reset in the system that the connector uses.";

    private final ConnectorOffsetsService service;

    public OffsetRequests(ConnectorOffsetsService service) {
        this.service = service;
    }

    /** The connector's committed offsets; {@code state} must contain the connector. */
    public List<ConnectorOffset> offsets(ClusterConfigState state, String name) {
        List<ConnectorOffset> result = new ArrayList<>();
        run(() -> service.offsets(name, state.connectorConfig(name)))
                .forEach((partition, offset) -> result.add(new ConnectorOffset(partition, offset)));
        return result;
    }

    /** Alters the offsets of a stopped connector; answers Apache's success message. */
    public String alter(ClusterConfigState state, String name, List<ConnectorOffset> offsets) {
        if (offsets == null || offsets.isEmpty()) {
            throw HerderException.badRequest("Partitions / offsets need to be provided for an alter offsets request");
        }
        requireStopped(state, name);
        Map<Map<String, Object>, Map<String, Object>> byPartition = new LinkedHashMap<>();
        for (ConnectorOffset offset : offsets) {
            if (offset == null) {
                throw HerderException.badRequest("Partitions / offsets need to be provided for an alter offsets "
                        + "request");
            }
            byPartition.put(offset.partition(), offset.offset());
        }
        boolean confirmed = run(() -> service.alter(name, state.connectorConfig(name), byPartition));
        return confirmed ? ALTERED : ALTERED_FRAMEWORK;
    }

    /** Removes every offset of a stopped connector; answers Apache's success message. */
    public String reset(ClusterConfigState state, String name) {
        requireStopped(state, name);
        boolean confirmed = run(() -> service.reset(name, state.connectorConfig(name)));
        return confirmed ? RESET : RESET_FRAMEWORK;
    }

    private static void requireStopped(ClusterConfigState state, String name) {
        if (state.targetState(name) != TargetState.STOPPED || !state.taskConfigs(name).isEmpty()) {
            throw HerderException.badRequest("Connectors must be in the STOPPED state before their offsets can be "
                    + "modified. This can be done for the specified connector by issuing a 'PUT' request to the "
                    + "'/connectors/" + name + "/stop' endpoint");
        }
    }

    /** Bad offsets are the caller's mistake (400); anything else failed on our side (500). */
    private static <T> T run(java.util.function.Supplier<T> work) {
        try {
            return work.get();
        } catch (InvalidOffsetsException e) {
            throw HerderException.badRequest(e.getMessage());
        } catch (ConnectException e) {
            throw new HerderException(500, e.getMessage(), e);
        }
    }
}
