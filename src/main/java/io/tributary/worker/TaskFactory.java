package io.tributary.worker;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ScheduledExecutorService;
import java.util.regex.Pattern;

import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.connect.connector.Task;
import org.apache.kafka.connect.sink.SinkRecord;
import org.apache.kafka.connect.sink.SinkTask;
import org.apache.kafka.connect.source.SourceRecord;
import org.apache.kafka.connect.source.SourceTask;

import io.tributary.config.ConnectorConfig;
import io.tributary.config.SinkConnectorConfig;
import io.tributary.config.WorkerConfig;
import io.tributary.isolation.Plugins;
import io.tributary.storage.ConnectorTaskId;
import io.tributary.storage.OffsetStore;
import io.tributary.storage.TargetState;
import io.tributary.worker.errors.DeadLetterQueueReporter;
import io.tributary.worker.errors.ErrorPolicy;
import io.tributary.worker.errors.ErrorReporter;
import io.tributary.worker.errors.LogReporter;
import io.tributary.worker.metrics.ConnectMetrics;
import io.tributary.worker.sink.SinkTaskParts;
import io.tributary.worker.sink.WorkerSinkTask;
import io.tributary.worker.source.OutgoingTopics;
import io.tributary.worker.source.SourceTaskParts;
import io.tributary.worker.source.TaskProducers;
import io.tributary.worker.source.TopicCreator;
import io.tributary.worker.source.WorkerSourceTask;
import io.tributary.worker.task.WorkerTask;
import io.tributary.worker.transform.TransformationChain;
import io.tributary.worker.transform.TransformationChainBuilder;

/**
 * Builds a runnable {@link WorkerTask} for one task configuration: the plugin's task instance in
 * its own class loader, converters, transformations, error policy and the task's Kafka clients.
 */
final class TaskFactory {

    private final WorkerConfig workerConfig;
    private final Plugins plugins;
    private final ClientConfigs clients;
    private final OffsetStore offsetStore;
    private final StatusReporter status;
    private final ScheduledExecutorService committer;
    private final ConnectMetrics metrics;

    TaskFactory(WorkerConfig workerConfig, Plugins plugins, ClientConfigs clients, OffsetStore offsetStore,
                StatusReporter status, ScheduledExecutorService committer, ConnectMetrics metrics) {
        this.workerConfig = workerConfig;
        this.plugins = plugins;
        this.clients = clients;
        this.offsetStore = offsetStore;
        this.status = status;
        this.committer = committer;
        this.metrics = metrics;
    }

    WorkerTask create(ConnectorTaskId id, WorkerConnector connector, Map<String, String> taskConfig,
                      TargetState state) {
        Map<String, String> connectorProps = connector.config();
        ClassLoader loader = connector.loader();
        Class<? extends Task> taskClass = connector.connector().taskClass();
        Task task = instantiate(taskClass, loader);
        ConnectorConfig config = connector.isSink() ? new SinkConnectorConfig(connectorProps)
                : new ConnectorConfig(connectorProps);
        Converters converters = Converters.create(plugins, loader, workerConfig, connectorProps);
        String clientId = "connector-" + (connector.isSink() ? "consumer-" : "producer-") + id;
        if (task instanceof SinkTask sinkTask) {
            return sinkTask(id, sinkTask, (SinkConnectorConfig) config, taskConfig, converters, state, clientId);
        }
        TransformationChain<SourceRecord> chain = TransformationChainBuilder.build(plugins, loader, connectorProps);
        Optional<Map<String, Object>> largeBatch = clients.largeBatchProducer(clientId, connectorProps);
        Map<String, Object> mainProps = clients.producer(clientId, connectorProps);
        TaskProducers producers = new TaskProducers(() -> new KafkaProducer<>(mainProps),
                largeBatch.isEmpty() ? null : () -> new KafkaProducer<>(largeBatch.get()));
        OutgoingTopics outgoingTopics = new OutgoingTopics(id.toString(), producers,
                TopicCreator.of(connectorProps, workerConfig.getBoolean(WorkerConfig.TOPIC_CREATION_ENABLE)),
                clients.admin("connector-adminclient-" + id, connectorProps));
        SourceTaskParts parts = new SourceTaskParts((SourceTask) task, loader, taskConfig, producers, outgoingTopics,
                offsetStore, committer, chain, converters, errorPolicy(id, config, List.of()),
                metrics.forTask(id.connector(), id.task()));
        return new WorkerSourceTask(id, state, status, parts, new SourceTaskParts.Flush(
                workerConfig.getLong(WorkerConfig.OFFSET_FLUSH_INTERVAL_MS),
                workerConfig.getLong(WorkerConfig.OFFSET_FLUSH_TIMEOUT_MS), ClientConfigs.DEFAULT_MAX_IN_FLIGHT_RECORDS));
    }

    private WorkerTask sinkTask(ConnectorTaskId id, SinkTask task, SinkConnectorConfig config,
                                Map<String, String> taskConfig, Converters converters, TargetState state,
                                String clientId) {
        Map<String, String> connectorProps = config.originalsStrings();
        ClassLoader loader = task.getClass().getClassLoader();
        TransformationChain<SinkRecord> chain = TransformationChainBuilder.build(plugins, loader, connectorProps);
        List<ErrorReporter> extra = new ArrayList<>();
        if (!config.deadLetterQueueTopic().isEmpty()) {
            extra.add(new DeadLetterQueueReporter(new KafkaProducer<>(clients.producer("connector-dlq-producer-" + id,
                    connectorProps)), config.deadLetterQueueTopic(), id.connector(), id.task(),
                    config.getBoolean(SinkConnectorConfig.DLQ_CONTEXT_HEADERS_ENABLE)));
        }
        String regex = config.topicsRegex();
        SinkTaskParts parts = new SinkTaskParts(task, loader, taskConfig,
                new KafkaConsumer<>(clients.consumer(id.connector(), clientId, connectorProps)), config.topics(),
                regex.isEmpty() ? null : Pattern.compile(regex), chain, converters, errorPolicy(id, config, extra),
                metrics.forTask(id.connector(), id.task()));
        return new WorkerSinkTask(id, state, status, parts, workerConfig.getLong(WorkerConfig.OFFSET_FLUSH_INTERVAL_MS));
    }

    private static Task instantiate(Class<? extends Task> taskClass, ClassLoader loader) {
        try (var ignored = Plugins.swapLoader(loader)) {
            return taskClass.getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException | LinkageError e) {
            throw new org.apache.kafka.connect.errors.ConnectException("Failed to create task of class "
                    + taskClass.getName() + ": " + e, e);
        }
    }

    private static ErrorPolicy errorPolicy(ConnectorTaskId id, ConnectorConfig config, List<ErrorReporter> extra) {
        List<ErrorReporter> reporters = new ArrayList<>(extra);
        if (config.getBoolean(ConnectorConfig.ERRORS_LOG_ENABLE)) {
            reporters.add(new LogReporter(id.toString(), config.getBoolean(ConnectorConfig.ERRORS_LOG_INCLUDE_MESSAGES)));
        }
        return new ErrorPolicy(config.toleratesAllErrors(), reporters);
    }
}
