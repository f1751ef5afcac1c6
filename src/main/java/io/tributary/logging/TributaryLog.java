package io.tributary.logging;

import org.jboss.logging.BasicLogger;
import org.jboss.logging.Logger;
import org.jboss.logging.annotations.Cause;
import org.jboss.logging.annotations.LogMessage;
import org.jboss.logging.annotations.Message;
import org.jboss.logging.annotations.MessageLogger;

/**
 * Tributary's log catalogue: every lifecycle line the runtime writes, with a stable {@code TRIB} id
 * that operators can grep for. Id ranges per package are reserved in {@code message-ranges.txt}.
 *
 * <p>Normal operation logs lifecycle events only (started, stopped, failed); nothing here may carry
 * a configuration value that could be a secret.
 */
@MessageLogger(projectCode = "TRIB", length = 4)
public interface TributaryLog extends BasicLogger {

    TributaryLog LOG = Logger.getMessageLogger(TributaryLog.class, "io.tributary");

    // 1-99: startup and shutdown (io.tributary, io.tributary.cli)

    @LogMessage(level = Logger.Level.INFO)
    @Message(id = 1, value = "Tributary %s worker %s started in %d ms (Kafka cluster %s)")
    void workerStarted(String mode, String workerId, long millis, String clusterId);

    @LogMessage(level = Logger.Level.INFO)
    @Message(id = 2, value = "Tributary worker %s stopping")
    void workerStopping(String workerId);

    @LogMessage(level = Logger.Level.INFO)
    @Message(id = 3, value = "Tributary worker %s stopped")
    void workerStopped(String workerId);

    @LogMessage(level = Logger.Level.ERROR)
    @Message(id = 4, value = "Tributary worker failed to start: %s")
    void workerStartFailed(String reason, @Cause Throwable cause);

    @LogMessage(level = Logger.Level.INFO)
    @Message(id = 5, value = "Took over the start begun before Quarkus booted (cluster id, plugins, internal topics)")
    void earlyStartTakenOver();

    @LogMessage(level = Logger.Level.INFO)
    @Message(id = 6, value = "Discarded the start begun before Quarkus booted: the worker configuration differs "
            + "from the command line's")
    void earlyStartDiscarded();

    // 100-199: embedded broker (io.tributary.broker)

    @LogMessage(level = Logger.Level.INFO)
    @Message(id = 100, value = "Embedded Kafka broker started on %s (cluster %s, data in %s) in %d ms")
    void embeddedBrokerStarted(String bootstrap, String clusterId, String dir, long millis);

    @LogMessage(level = Logger.Level.INFO)
    @Message(id = 101, value = "Embedded Kafka broker on %s stopped")
    void embeddedBrokerStopped(String bootstrap);

    // 300-399: connectors and tasks (io.tributary.worker)

    @LogMessage(level = Logger.Level.INFO)
    @Message(id = 300, value = "Connector %s started")
    void connectorStarted(String connector);

    @LogMessage(level = Logger.Level.INFO)
    @Message(id = 301, value = "Connector %s stopped")
    void connectorStopped(String connector);

    @LogMessage(level = Logger.Level.ERROR)
    @Message(id = 302, value = "Connector %s failed")
    void connectorFailed(String connector, @Cause Throwable cause);

    @LogMessage(level = Logger.Level.WARN)
    @Message(id = 303, value = "Connector %s failed to stop cleanly: %s")
    void connectorStopFailed(String connector, String reason);

    @LogMessage(level = Logger.Level.INFO)
    @Message(id = 310, value = "Task %s started")
    void taskStarted(String task);

    @LogMessage(level = Logger.Level.INFO)
    @Message(id = 311, value = "Task %s stopped")
    void taskStopped(String task);

    @LogMessage(level = Logger.Level.ERROR)
    @Message(id = 312, value = "Task %s failed")
    void taskFailed(String task, @Cause Throwable cause);

    @LogMessage(level = Logger.Level.WARN)
    @Message(id = 313, value = "Task %s hit a retriable error and will retry: %s")
    void taskRetrying(String task, String reason);

    @LogMessage(level = Logger.Level.WARN)
    @Message(id = 314, value = "Task %s did not stop within %d ms and was cancelled")
    void taskCancelled(String task, long timeoutMs);

    @LogMessage(level = Logger.Level.WARN)
    @Message(id = 315, value = "Task %s threw from commitRecord: %s")
    void taskCommitRecordFailed(String task, String reason);

    @LogMessage(level = Logger.Level.WARN)
    @Message(id = 316, value = "Offset commit of task %s failed: %s")
    void offsetCommitFailed(String task, String reason);

    @LogMessage(level = Logger.Level.WARN)
    @Message(id = 317, value = "Task %s tolerated an error in stage %s for %s: %s")
    void recordErrorTolerated(String task, String stage, String record, String error);

    @LogMessage(level = Logger.Level.DEBUG)
    @Message(id = 318, value = "Task %s: the %d partitions of topic %s are served by their leaders (waited %d ms)")
    void partitionLeadersReady(String task, int partitions, String topic, long millis);

    @LogMessage(level = Logger.Level.WARN)
    @Message(id = 319, value = "Task %s could not confirm that every partition of topic %s is served by its leader;"
            + " sending anyway: %s")
    void partitionLeadersUnconfirmed(String task, String topic, String reason);

    // 400-499: internal topics and files (io.tributary.storage)

    @LogMessage(level = Logger.Level.INFO)
    @Message(id = 400, value = "Created internal topic %s (%s partitions, replication factor %s, compacted)")
    void internalTopicCreated(String topic, String partitions, String replicationFactor);

    @LogMessage(level = Logger.Level.INFO)
    @Message(id = 401, value = "Started %s store on topic %s: read %d records in %d ms")
    void kafkaStoreStarted(String kind, String topic, long records, long millis);

    @LogMessage(level = Logger.Level.INFO)
    @Message(id = 402, value = "Stopped %s store on topic %s")
    void kafkaStoreStopped(String kind, String topic);

    @LogMessage(level = Logger.Level.INFO)
    @Message(id = 403, value = "Loaded source offsets from %s (%d partitions)")
    void offsetsFileLoaded(String file, int count);

    @LogMessage(level = Logger.Level.WARN)
    @Message(id = 404, value = "Ignoring record %s in topic %s at offset %d: %s")
    void recordIgnored(String key, String topic, long offset, String reason);

    @LogMessage(level = Logger.Level.ERROR)
    @Message(id = 405, value = "Reading topic %s failed; retrying")
    void topicReadFailed(String topic, @Cause Throwable cause);

    @LogMessage(level = Logger.Level.WARN)
    @Message(id = 406, value = "Writing to topic %s failed for key %s")
    void topicWriteFailed(String topic, String key, @Cause Throwable cause);

    // 500-599: plugin loading (io.tributary.isolation)

    @LogMessage(level = Logger.Level.INFO)
    @Message(id = 500, value = "Loaded %d plugins in %d ms: %d built in, %d from %d locations on plugin.path %s (%s)")
    void pluginsLoaded(int total, long millis, int builtIn, int isolated, int locations, String pluginPath,
            String countsByType);

    @LogMessage(level = Logger.Level.WARN)
    @Message(id = 501, value = "Skipping plugin %s: %s")
    void pluginSkipped(String where, String reason);

    @LogMessage(level = Logger.Level.DEBUG)
    @Message(id = 502, value = "Plugin %s was skipped because of this failure")
    void pluginSkippedCause(String where, @Cause Throwable cause);

    @LogMessage(level = Logger.Level.WARN)
    @Message(id = 503, value = "Plugin %s has no ServiceLoader manifest (KIP-898) for %s; found them by scanning its"
            + " classes. Add META-INF/services entries: Apache Connect with plugin.discovery=service_load would not"
            + " find them")
    void pluginWithoutManifest(String location, String classNames);

    // 600-699: REST server (io.tributary.rest)

    @LogMessage(level = Logger.Level.ERROR)
    @Message(id = 600, value = "REST request failed unexpectedly: %s")
    void restRequestFailed(String reason, @Cause Throwable cause);
}
