package io.tributary.herder;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.tributary.storage.ConnectorState;
import io.tributary.storage.ConnectorTaskId;
import io.tributary.storage.Status;

class RestartPlanTest {

    private static ConnectorStatusView view(ConnectorState connector, ConnectorState... tasks) {
        List<Status> taskStatuses = new java.util.ArrayList<>();
        for (int i = 0; i < tasks.length; i++) {
            taskStatuses.add(Status.task(new ConnectorTaskId("c", i), tasks[i], null, "w:1", 0));
        }
        return new ConnectorStatusView("c", Status.connector("c", connector, "trace", "w:1", 0), taskStatuses,
                ConnectorType.SOURCE);
    }

    @Test
    void includeTasksRestartsEverythingAndShowsRestarting() {
        // given a running connector with two tasks; when planned with includeTasks
        RestartPlan plan = RestartPlan.of(view(ConnectorState.RUNNING, ConnectorState.RUNNING, ConnectorState.FAILED),
                true, false);

        // then the connector and both tasks restart and show RESTARTING without traces
        assertThat(plan.restartConnector()).isTrue();
        assertThat(plan.tasks()).hasSize(2);
        ConnectorStatusView shown = plan.restartingStatus();
        assertThat(shown.connector().state()).isEqualTo(ConnectorState.RESTARTING);
        assertThat(shown.connector().trace()).isNull();
        assertThat(shown.tasks()).extracting(Status::state).containsOnly(ConnectorState.RESTARTING);
    }

    @Test
    void onlyFailedRestartsFailedTasksAndLeavesRunningConnector() {
        // given a running connector with one failed task; when planned with onlyFailed
        RestartPlan plan = RestartPlan.of(view(ConnectorState.RUNNING, ConnectorState.RUNNING, ConnectorState.FAILED),
                true, true);

        // then only the failed task restarts
        assertThat(plan.restartConnector()).isFalse();
        assertThat(plan.tasks()).containsExactly(new ConnectorTaskId("c", 1));
        assertThat(plan.restartingStatus().tasks()).extracting(Status::state)
                .containsExactly(ConnectorState.RUNNING, ConnectorState.RESTARTING);
    }

    @Test
    void onlyFailedWithoutTasksRestartsAFailedConnectorOnly() {
        // given a failed connector; when planned with onlyFailed but without tasks
        RestartPlan plan = RestartPlan.of(view(ConnectorState.FAILED, ConnectorState.FAILED), false, true);

        // then the connector restarts and the tasks are shown as they were
        assertThat(plan.restartConnector()).isTrue();
        assertThat(plan.tasks()).isEmpty();
        assertThat(plan.restartingStatus().tasks()).extracting(Status::state).containsExactly(ConnectorState.FAILED);
    }
}
