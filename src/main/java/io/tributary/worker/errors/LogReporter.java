package io.tributary.worker.errors;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.connect.connector.ConnectRecord;

import io.tributary.logging.TributaryLog;

/**
 * {@code errors.log.enable}: one WARN line per tolerated error, with the record's coordinates and,
 * only when {@code errors.log.include.messages} is on, the record itself.
 */
public final class LogReporter implements ErrorReporter {

    private final String taskId;
    private final boolean includeMessages;

    public LogReporter(String taskId, boolean includeMessages) {
        this.taskId = taskId;
        this.includeMessages = includeMessages;
    }

    @Override
    public void report(ProcessingStage stage, Object original, Throwable error) {
        TributaryLog.LOG.recordErrorTolerated(taskId, stage.name(), describe(original), String.valueOf(error));
    }

    private String describe(Object original) {
        if (original instanceof ConsumerRecord<?, ?> record) {
            return "topic '" + record.topic() + "' partition " + record.partition() + " offset " + record.offset()
                    + (includeMessages ? " " + record : "");
        }
        if (original instanceof ConnectRecord<?> record) {
            return "topic '" + record.topic() + "'" + (includeMessages ? " " + record : "");
        }
        return "record";
    }
}
