package io.tributary.worker.task;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.smallrye.mutiny.Multi;
import io.tributary.storage.ConnectorState;
import io.tributary.storage.ConnectorTaskId;
import io.tributary.storage.TargetState;
import io.tributary.worker.StatusReporter;

/**
 * A task reports the topics it uses (KIP-558) once per topic change rather than once per record,
 * and reports a topic again after the connector's topics were reset.
 */
class WorkerTaskActiveTopicsTest {

    private static final ConnectorTaskId ID = new ConnectorTaskId("orders", 0);

    private final List<String> reported = new ArrayList<>();
    private int resets;
    private final TaskStatusListener countingListener = new TaskStatusListener() {
        @Override
        public void onStateChange(ConnectorTaskId id, ConnectorState state, Throwable failure) {
        }

        @Override
        public void onTopicActive(ConnectorTaskId id, String topic) {
            reported.add(topic);
        }

        @Override
        public int activeTopicsResets() {
            return resets;
        }
    };
    private final List<NoPipelineTask> tasks = new ArrayList<>();

    @AfterEach
    void closeTaskThreads() {
        tasks.forEach(task -> task.thread.close());
    }

    @Test
    void reportsATopicOnlyWhenItDiffersFromThePreviousOne() {
        NoPipelineTask task = task(countingListener);
        String orders = "orders";
        String refunds = "refunds";

        for (int i = 0; i < 1_000; i++) {
            task.topicActive(orders);
        }
        task.topicActive(refunds);
        task.topicActive(refunds);
        task.topicActive(orders);

        assertThat(reported).containsExactly("orders", "refunds", "orders");
    }

    @Test
    void reportsTheSameTopicAgainAfterAReset() {
        NoPipelineTask task = task(countingListener);
        String orders = "orders";
        task.topicActive(orders);
        task.topicActive(orders);

        resets++;
        task.topicActive(orders);
        task.topicActive(orders);

        assertThat(reported).containsExactly("orders", "orders");
    }

    @Test
    void aRunningTaskPutsItsTopicBackIntoTheWorkersListAfterAReset() {
        // the worker's own listener, whose active topics back GET /connectors/NAME/topics
        StatusReporter reporter = new StatusReporter(null, "worker-1");
        NoPipelineTask task = task(reporter);
        String orders = "orders";
        task.topicActive(orders);
        assertThat(reporter.activeTopics().topics("orders")).containsExactly("orders");

        reporter.activeTopics().reset("orders");
        assertThat(reporter.activeTopics().topics("orders")).isEmpty();

        task.topicActive(orders);
        assertThat(reporter.activeTopics().topics("orders")).containsExactly("orders");
    }

    private NoPipelineTask task(TaskStatusListener listener) {
        NoPipelineTask task = new NoPipelineTask(listener);
        tasks.add(task);
        return task;
    }

    /** A task that is never started: only its topic reporting is exercised. */
    private static final class NoPipelineTask extends WorkerTask {
        NoPipelineTask(TaskStatusListener listener) {
            super(ID, TargetState.STARTED, listener);
        }

        @Override
        protected void initializeAndStart() {
        }

        @Override
        protected Multi<?> pipeline() {
            return Multi.createFrom().empty();
        }

        @Override
        protected void close(boolean failed) {
        }
    }
}
