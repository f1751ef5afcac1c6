package io.tributary.worker.source;

import java.util.Map;

import org.apache.kafka.connect.source.SourceTaskContext;
import org.apache.kafka.connect.storage.OffsetStorageReader;

/** What a source task may ask of the runtime: its configuration and its stored offsets. */
final class WorkerSourceTaskContext implements SourceTaskContext {

    private final Map<String, String> taskConfig;
    private final OffsetStorageReader offsetReader;

    WorkerSourceTaskContext(Map<String, String> taskConfig, OffsetStorageReader offsetReader) {
        this.taskConfig = taskConfig;
        this.offsetReader = offsetReader;
    }

    @Override
    public Map<String, String> configs() {
        return taskConfig;
    }

    @Override
    public OffsetStorageReader offsetStorageReader() {
        return offsetReader;
    }
}
