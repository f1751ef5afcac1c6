package io.tributary.worker.errors;

import java.nio.charset.StandardCharsets;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;

/**
 * A sink connector's {@code errors.deadletterqueue.topic.name}: the original bytes of a record
 * that could not be processed go to that topic, with Apache's {@code __connect.errors.*} context
 * headers when {@code errors.deadletterqueue.context.headers.enable} is on.
 */
public final class DeadLetterQueueReporter implements ErrorReporter {

    private static final String HEADER_PREFIX = "__connect.errors.";

    private final Producer<byte[], byte[]> producer;
    private final String topic;
    private final String connector;
    private final int task;
    private final boolean contextHeaders;

    public DeadLetterQueueReporter(Producer<byte[], byte[]> producer, String topic, String connector, int task,
                                   boolean contextHeaders) {
        this.producer = producer;
        this.topic = topic;
        this.connector = connector;
        this.task = task;
        this.contextHeaders = contextHeaders;
    }

    @Override
    public void report(ProcessingStage stage, Object original, Throwable error) {
        if (!(original instanceof ConsumerRecord<?, ?> consumed)) {
            return;
        }
        @SuppressWarnings("unchecked")
        ConsumerRecord<byte[], byte[]> record = (ConsumerRecord<byte[], byte[]>) consumed;
        ProducerRecord<byte[], byte[]> dead = new ProducerRecord<>(topic, null, record.timestamp(), record.key(),
                record.value());
        for (Header header : record.headers()) {
            dead.headers().add(header);
        }
        if (contextHeaders) {
            addContext(dead, record, stage, error);
        }
        producer.send(dead);
    }

    private void addContext(ProducerRecord<byte[], byte[]> dead, ConsumerRecord<byte[], byte[]> record,
                            ProcessingStage stage, Throwable error) {
        header(dead, "topic", record.topic());
        header(dead, "partition", String.valueOf(record.partition()));
        header(dead, "offset", String.valueOf(record.offset()));
        header(dead, "connector.name", connector);
        header(dead, "task.id", String.valueOf(task));
        header(dead, "stage", stage.name());
        Throwable cause = error.getCause() != null ? error.getCause() : error;
        header(dead, "exception.class.name", cause.getClass().getName());
        header(dead, "exception.message", String.valueOf(cause.getMessage()));
    }

    private static void header(ProducerRecord<byte[], byte[]> record, String name, String value) {
        record.headers().add(HEADER_PREFIX + name, value.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public void close() {
        producer.flush();
        producer.close();
    }
}
