package io.tributary.worker.sink;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.common.metrics.PluginMetrics;
import org.apache.kafka.connect.sink.SinkRecord;
import org.apache.kafka.connect.sink.SinkTask;

import io.tributary.worker.Converters;
import io.tributary.worker.errors.ErrorPolicy;
import io.tributary.worker.transform.TransformationChain;

/**
 * Everything a {@link WorkerSinkTask} is made of, assembled by the worker's task factory.
 *
 * @param task            the plugin's task instance
 * @param loader          the plugin's class loader, current while plugin code runs
 * @param taskConfig      the configuration handed to {@code start}
 * @param consumer        the task's own consumer, in the group {@code connect-NAME}
 * @param topics          the topics to subscribe to, or empty when {@code topicsRegex} is used
 * @param topicsRegex     the pattern to subscribe to, or null
 * @param transformations the connector's SMT chain
 * @param converters      key, value and header converters
 * @param errors          the connector's error tolerance and reporters
 * @param metrics         the task's own metrics (KIP-877)
 */
public record SinkTaskParts(SinkTask task, ClassLoader loader, Map<String, String> taskConfig,
                            Consumer<byte[], byte[]> consumer, List<String> topics, Pattern topicsRegex,
                            TransformationChain<SinkRecord> transformations, Converters converters,
                            ErrorPolicy errors, PluginMetrics metrics) {
}
