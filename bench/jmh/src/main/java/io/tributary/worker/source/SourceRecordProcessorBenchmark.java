package io.tributary.worker.source;

import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.source.SourceRecord;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

import io.tributary.bench.Workloads;
import io.tributary.worker.errors.ErrorPolicy;

/**
 * The source side per record, as a source task's thread runs it: a {@link SourceRecord} as
 * FileStreamSource makes it, through the transformation chain and the converters, to the
 * {@link ProducerRecord} that is sent ({@link SourceRecordProcessor#process}). Lives in the
 * processor's package because the processor is package-private.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class SourceRecordProcessorBenchmark {

    @Param({"string", "json", "smt"})
    public String workload;

    private SourceRecordProcessor processor;
    private SourceRecord record;

    @Setup
    public void setUp() {
        processor = new SourceRecordProcessor(Workloads.chain(workload), Workloads.converters(workload), ErrorPolicy.failFast());
        record = new SourceRecord(Map.of("filename", "/tmp/input.txt"), Map.of("position", 1_234_567L), "bench",
                null, null, null, Schema.STRING_SCHEMA, Workloads.LINE, 1_700_000_000_000L);
        if (processor.process(record) == SourceRecordProcessor.SKIPPED) {
            throw new IllegalStateException("the record was skipped");
        }
    }

    @Benchmark
    public ProducerRecord<byte[], byte[]> process() {
        return processor.process(record);
    }

    @TearDown
    public void tearDown() {
        processor.close();
    }
}
