package io.tributary.herder;

import java.util.ArrayList;
import java.util.List;

import io.tributary.storage.ConnectorState;
import io.tributary.storage.ConnectorTaskId;
import io.tributary.storage.Status;

/**
 * What a {@code POST /connectors/NAME/restart?includeTasks=&onlyFailed=} restarts (KIP-745), decided
 * from the statuses before the restart, as Apache's {@code RestartPlan}: the connector unless only
 * failed instances are asked for and it has not failed, and with {@code includeTasks} the tasks
 * (only the failed ones with {@code onlyFailed}).
 *
 * @param connector the connector and task statuses the plan was made from
 * @param restartConnector whether the connector instance restarts
 * @param tasks the tasks that restart
 */
public record RestartPlan(ConnectorStatusView connector, boolean restartConnector, List<ConnectorTaskId> tasks) {

    /** Plans a restart from the current statuses. */
    public static RestartPlan of(ConnectorStatusView current, boolean includeTasks, boolean onlyFailed) {
        boolean restartConnector = !onlyFailed || current.connector().state() == ConnectorState.FAILED;
        List<ConnectorTaskId> tasks = new ArrayList<>();
        if (includeTasks) {
            for (Status task : current.tasks()) {
                if (!onlyFailed || task.state() == ConnectorState.FAILED) {
                    tasks.add(new ConnectorTaskId(task.connector(), task.task()));
                }
            }
        }
        return new RestartPlan(current, restartConnector, List.copyOf(tasks));
    }

    /** The status Apache answers with: what restarts shows RESTARTING, the rest as it was. */
    public ConnectorStatusView restartingStatus() {
        Status conn = connector.connector();
        Status shownConnector = restartConnector ? restarting(conn) : conn;
        List<Status> shownTasks = connector.tasks().stream()
                .map(task -> tasks.contains(new ConnectorTaskId(task.connector(), task.task())) ? restarting(task) : task)
                .toList();
        return new ConnectorStatusView(connector.name(), shownConnector, shownTasks, connector.type());
    }

    private static Status restarting(Status status) {
        return new Status(status.connector(), status.task(), ConnectorState.RESTARTING, null, status.workerId(),
                status.generation(), status.version());
    }
}
