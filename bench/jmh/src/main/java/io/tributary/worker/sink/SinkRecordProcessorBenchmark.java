package io.tributary.worker.sink;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.connect.sink.SinkRecord;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

import io.tributary.bench.Workloads;
import io.tributary.worker.errors.ErrorPolicy;

/**
 * The sink side per record, as a sink task's thread runs it on each poll: consumed bytes through
 * the converters to a {@link SinkRecord}, then the transformation chain
 * ({@link SinkRecordProcessor#process}), for a poll of {@value #BATCH} records; the score is per record.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class SinkRecordProcessorBenchmark {

    static final int BATCH = 500;

    @Param({"string", "json", "smt"})
    public String workload;

    private SinkRecordProcessor processor;
    private ConsumerRecords<byte[], byte[]> batch;

    @Setup
    public void setUp() {
        processor = new SinkRecordProcessor(Workloads.chain(workload), Workloads.converters(workload), ErrorPolicy.failFast());
        TopicPartition partition = new TopicPartition("bench", 0);
        byte[] value = Workloads.valueBytes(workload);
        List<ConsumerRecord<byte[], byte[]>> records = new ArrayList<>(BATCH);
        for (int i = 0; i < BATCH; i++) {
            records.add(new ConsumerRecord<>("bench", 0, i, null, value));
        }
        batch = new ConsumerRecords<>(Map.of(partition, records), Map.of(partition, new OffsetAndMetadata(BATCH)));
        List<SinkRecord> converted = processor.process(batch);
        if (converted.size() != BATCH || !Workloads.LINE.equals(converted.get(0).value())) {
            throw new IllegalStateException("unexpected conversion: " + converted.get(0));
        }
    }

    @Benchmark
    @OperationsPerInvocation(BATCH)
    public List<SinkRecord> process() {
        return processor.process(batch);
    }

    @TearDown
    public void tearDown() {
        processor.close();
    }
}
