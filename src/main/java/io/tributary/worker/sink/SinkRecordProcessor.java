package io.tributary.worker.sink;

import java.util.ArrayList;
import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.record.TimestampType;
import org.apache.kafka.connect.data.SchemaAndValue;
import org.apache.kafka.connect.header.ConnectHeaders;
import org.apache.kafka.connect.sink.SinkRecord;

import io.tributary.worker.Converters;
import io.tributary.worker.errors.ErrorPolicy;
import io.tributary.worker.errors.ProcessingStage;
import io.tributary.worker.transform.TransformationChain;

/**
 * Turns consumed bytes into the {@link SinkRecord}s handed to {@code put()}: key, value and
 * header converters first, then the transformation chain. Runs on the task thread.
 */
final class SinkRecordProcessor implements AutoCloseable {

    private final TransformationChain<SinkRecord> transformations;
    private final Converters converters;
    private final ErrorPolicy errors;

    SinkRecordProcessor(TransformationChain<SinkRecord> transformations, Converters converters, ErrorPolicy errors) {
        this.transformations = transformations;
        this.converters = converters;
        this.errors = errors;
    }

    /** The records to deliver; dropped and tolerated-failed records are left out. */
    List<SinkRecord> process(ConsumerRecords<byte[], byte[]> consumed) {
        List<SinkRecord> records = new ArrayList<>(consumed.count());
        for (ConsumerRecord<byte[], byte[]> record : consumed) {
            SinkRecord converted = process(record);
            if (converted != null) {
                records.add(converted);
            }
        }
        return records;
    }

    private SinkRecord process(ConsumerRecord<byte[], byte[]> record) {
        ProcessingStage stage = ProcessingStage.KEY_CONVERTER;
        try {
            SchemaAndValue key = converters.key().toConnectData(record.topic(), record.headers(), record.key());
            stage = ProcessingStage.VALUE_CONVERTER;
            SchemaAndValue value = converters.value().toConnectData(record.topic(), record.headers(), record.value());
            stage = ProcessingStage.HEADER_CONVERTER;
            ConnectHeaders headers = convertHeaders(record);
            Long timestamp = record.timestampType() == TimestampType.NO_TIMESTAMP_TYPE ? null : record.timestamp();
            SinkRecord sinkRecord = new SinkRecord(record.topic(), record.partition(), key.schema(), key.value(),
                    value.schema(), value.value(), record.offset(), timestamp, record.timestampType(), headers,
                    record.topic(), record.partition(), record.offset());
            stage = ProcessingStage.TRANSFORMATION;
            return transformations.isEmpty() ? sinkRecord : transformations.apply(sinkRecord);
        } catch (RuntimeException e) {
            errors.handle(stage, record, e);
            return null;
        }
    }

    private ConnectHeaders convertHeaders(ConsumerRecord<byte[], byte[]> record) {
        ConnectHeaders headers = new ConnectHeaders();
        // toArray() of an empty set is a shared constant: most records have no headers, so no iterator
        for (Header header : record.headers().toArray()) {
            SchemaAndValue converted = converters.header().toConnectHeader(record.topic(), header.key(), header.value());
            headers.add(header.key(), converted);
        }
        return headers;
    }

    @Override
    public void close() {
        transformations.close();
        converters.close();
        errors.close();
    }
}
