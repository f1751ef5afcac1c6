package io.tributary.worker.source;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.connect.errors.ConnectException;
import org.apache.kafka.connect.header.Header;
import org.apache.kafka.connect.source.SourceRecord;

import io.tributary.worker.Converters;
import io.tributary.worker.errors.ErrorPolicy;
import io.tributary.worker.errors.ProcessingStage;
import io.tributary.worker.transform.TransformationChain;

/**
 * Turns one polled {@link SourceRecord} into the bytes that go to Kafka: the transformation chain
 * first, then the header, key and value converters. Runs on the task thread.
 */
final class SourceRecordProcessor implements AutoCloseable {

    /** Marks a record that a transformation dropped or whose tolerated failure skipped it. */
    static final ProducerRecord<byte[], byte[]> SKIPPED = new ProducerRecord<>("skipped", new byte[0]);

    private final TransformationChain<SourceRecord> transformations;
    private final Converters converters;
    private final ErrorPolicy errors;
    /**
     * The headers the converters see. Most records have none and no converter adds any, so one
     * empty instance serves record after record; it is replaced only once a record used it.
     */
    private RecordHeaders scratchHeaders = new RecordHeaders();

    SourceRecordProcessor(TransformationChain<SourceRecord> transformations, Converters converters, ErrorPolicy errors) {
        this.transformations = transformations;
        this.converters = converters;
        this.errors = errors;
    }

    /** The record to send, or {@link #SKIPPED}. */
    ProducerRecord<byte[], byte[]> process(SourceRecord record) {
        ProcessingStage stage = ProcessingStage.TRANSFORMATION;
        try {
            SourceRecord transformed = transformations.isEmpty() ? record : transformations.apply(record);
            if (transformed == null) {
                return SKIPPED;
            }
            stage = ProcessingStage.HEADER_CONVERTER;
            RecordHeaders headers = convertHeaders(transformed);
            String topic = transformed.topic();
            stage = ProcessingStage.KEY_CONVERTER;
            byte[] key = converters.key().fromConnectData(topic, headers, transformed.keySchema(), transformed.key());
            stage = ProcessingStage.VALUE_CONVERTER;
            byte[] value = converters.value().fromConnectData(topic, headers, transformed.valueSchema(),
                    transformed.value());
            return new ProducerRecord<>(topic, transformed.kafkaPartition(), timestamp(transformed), key, value,
                    headersToSend(headers));
        } catch (RuntimeException e) {
            errors.handle(stage, record, e);
            return SKIPPED;
        }
    }

    private RecordHeaders convertHeaders(SourceRecord record) {
        RecordHeaders headers = scratchHeaders;
        if (headers.toArray().length != 0) {
            headers = new RecordHeaders();
            scratchHeaders = headers;
        }
        if (record.headers() != null && !record.headers().isEmpty()) {
            for (Header header : record.headers()) {
                byte[] bytes = converters.header().fromConnectHeader(record.topic(), header.key(), header.schema(),
                        header.value());
                headers.add(header.key(), bytes);
            }
        }
        return headers;
    }

    /** ProducerRecord copies the headers it is given: most records have none, and none need no copy. */
    private static RecordHeaders headersToSend(RecordHeaders headers) {
        return headers.toArray().length == 0 ? null : headers;
    }

    /** Kafka refuses negative timestamps; Apache rejects them here with the same message. */
    private static Long timestamp(SourceRecord record) {
        Long timestamp = record.timestamp();
        if (timestamp != null && timestamp < 0) {
            throw new ConnectException("Invalid record timestamp " + timestamp);
        }
        return timestamp;
    }

    @Override
    public void close() {
        transformations.close();
        converters.close();
        errors.close();
    }
}
