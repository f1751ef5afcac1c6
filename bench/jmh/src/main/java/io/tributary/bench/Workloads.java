package io.tributary.bench;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.kafka.connect.connector.ConnectRecord;
import org.apache.kafka.connect.json.JsonConverter;
import org.apache.kafka.connect.storage.Converter;
import org.apache.kafka.connect.storage.SimpleHeaderConverter;
import org.apache.kafka.connect.storage.StringConverter;
import org.apache.kafka.connect.transforms.ExtractField;
import org.apache.kafka.connect.transforms.HoistField;
import org.apache.kafka.connect.transforms.InsertField;
import org.apache.kafka.connect.transforms.ReplaceField;
import org.apache.kafka.connect.transforms.predicates.HasHeaderKey;

import io.tributary.worker.Converters;
import io.tributary.worker.transform.TransformationChain;
import io.tributary.worker.transform.TransformationStage;

/**
 * The workloads of bench/run, as the JMH benchmarks build them without a worker: the same
 * converters and the same SMT chain as {@code bench/FileThroughput.java} configures through REST.
 * <ul>
 * <li>{@code string}: StringConverter for key and value;</li>
 * <li>{@code json}: JsonConverter with schemas on;</li>
 * <li>{@code smt}: StringConverter, then HoistField, InsertField (behind a negated HasHeaderKey),
 * ReplaceField (rename) and ExtractField, which give back the original line.</li>
 * </ul>
 */
public final class Workloads {

    /** One 100-byte line as bench/FileThroughput.java generates them. */
    public static final String LINE = "0000000042 " + "kLmN0pQrStUvWxYz0123456789abcdefghijABCDEFGHIJ".repeat(2).substring(0, 89);

    private Workloads() {
    }

    /** The line as the topic holds it for this workload (JsonConverter's envelope for json). */
    public static byte[] valueBytes(String workload) {
        String value = workload.equals("json")
                ? "{\"schema\":{\"type\":\"string\",\"optional\":false},\"payload\":\"" + LINE + "\"}" : LINE;
        return value.getBytes(StandardCharsets.UTF_8);
    }

    public static Converters converters(String workload) {
        return new Converters(converter(workload, true), converter(workload, false), headerConverter());
    }

    private static Converter converter(String workload, boolean isKey) {
        Converter converter = workload.equals("json") ? new JsonConverter() : new StringConverter();
        converter.configure(Map.of("schemas.enable", "true", "converter.type", isKey ? "key" : "value"), isKey);
        return converter;
    }

    private static SimpleHeaderConverter headerConverter() {
        SimpleHeaderConverter header = new SimpleHeaderConverter();
        header.configure(Map.of("converter.type", "header"));
        return header;
    }

    /** The transformation chain of the workload: empty except for smt. */
    public static <R extends ConnectRecord<R>> TransformationChain<R> chain(String workload) {
        List<TransformationStage<R>> stages = new ArrayList<>();
        if (workload.equals("smt")) {
            HoistField.Value<R> hoist = new HoistField.Value<>();
            hoist.configure(Map.of("field", "line"));
            InsertField.Value<R> insert = new InsertField.Value<>();
            insert.configure(Map.of("static.field", "origin", "static.value", "bench"));
            HasHeaderKey<R> skipped = new HasHeaderKey<>();
            skipped.configure(Map.of("name", "skip"));
            ReplaceField.Value<R> rename = new ReplaceField.Value<>();
            rename.configure(Map.of("renames", "line:text"));
            ExtractField.Value<R> extract = new ExtractField.Value<>();
            extract.configure(Map.of("field", "text"));
            stages.add(new TransformationStage<>("hoist", hoist, null, false));
            stages.add(new TransformationStage<>("insert", insert, skipped, true));
            stages.add(new TransformationStage<>("rename", rename, null, false));
            stages.add(new TransformationStage<>("extract", extract, null, false));
        }
        return new TransformationChain<>(stages);
    }
}
