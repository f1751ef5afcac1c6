package io.tributary.storage.codec;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Offset serialisation, as every offset commit of a source task runs it: the key
 * ({@code ["connector",{partition}]}) and the value ({@code {"position":N}}) in Apache's JSON bytes,
 * and back, as a worker reads the offsets topic.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class OffsetCodecBenchmark {

    private final Map<String, Object> partition = new LinkedHashMap<>();
    private final Map<String, Object> offset = new LinkedHashMap<>();
    private byte[] keyBytes;
    private byte[] valueBytes;

    @Setup
    public void setUp() {
        partition.put("filename", "/var/data/input-2026-11-30.txt");
        offset.put("position", 123_456_789L);
        keyBytes = OffsetKeyCodec.encode("file-source", partition);
        valueBytes = OffsetCodec.encode(offset);
    }

    @Benchmark
    public byte[] encodeKey() {
        return OffsetKeyCodec.encode("file-source", partition);
    }

    @Benchmark
    public byte[] encodeValue() {
        return OffsetCodec.encode(offset);
    }

    @Benchmark
    public OffsetKeyCodec.Key decodeKey() {
        return OffsetKeyCodec.decode(keyBytes);
    }

    @Benchmark
    public Map<String, Object> decodeValue() {
        return OffsetCodec.decode(valueBytes);
    }
}
