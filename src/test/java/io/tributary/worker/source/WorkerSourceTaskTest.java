package io.tributary.worker.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.connect.source.SourceRecord;
import org.apache.kafka.connect.source.SourceTask;
import org.junit.jupiter.api.Test;

import io.tributary.plugins.file.FileStreamSourceTask;

class WorkerSourceTaskTest {

    @Test
    void taskWithoutCommitRecordIsNotHandedItsRecordsBack() {
        assertThat(WorkerSourceTask.overridesCommitRecord(FileStreamSourceTask.class)).isFalse();
    }

    @Test
    void taskOverridingCommitRecordIsHandedItsRecordsBack() {
        assertThat(WorkerSourceTask.overridesCommitRecord(WithMetadata.class)).isTrue();
        assertThat(WorkerSourceTask.overridesCommitRecord(Inherited.class)).isTrue();
    }

    /** Overrides the two-argument commitRecord. */
    public static class WithMetadata extends Plain {
        @Override
        public void commitRecord(SourceRecord record, RecordMetadata metadata) {
        }
    }

    /** Inherits the override from its parent. */
    public static class Inherited extends WithMetadata {
    }

    /** A task that overrides neither. */
    public static class Plain extends SourceTask {
        @Override
        public String version() {
            return "1";
        }

        @Override
        public void start(Map<String, String> props) {
        }

        @Override
        public List<SourceRecord> poll() {
            return null;
        }

        @Override
        public void stop() {
        }
    }
}
