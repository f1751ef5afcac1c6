package io.tributary.worker.task;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.jboss.logging.MDC;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.subscription.Cancellable;
import io.tributary.logging.TributaryLog;
import io.tributary.storage.ConnectorState;
import io.tributary.storage.ConnectorTaskId;
import io.tributary.storage.TargetState;

/**
 * The lifecycle every task shares, source or sink:
 * <ol>
 * <li>{@link #start()}: on the task thread, {@code initialize} + {@code start} the plugin task, report
 * RUNNING (or PAUSED), then run the subclass's pipeline until it ends;</li>
 * <li>{@link #transitionTo(TargetState)}: PAUSED stops the flow without releasing resources;</li>
 * <li>{@link #stop()} asks the pipeline to end; {@link #awaitStop(long)} waits for the plugin's
 * {@code stop()} and the final offset commit.</li>
 * </ol>
 * A failure anywhere becomes FAILED with its trace; the worker and other tasks carry on.
 */
public abstract class WorkerTask {

    protected final ConnectorTaskId id;
    protected final TaskThread thread;
    private final TaskStatusListener statusListener;
    private final CountDownLatch stopped = new CountDownLatch(1);
    private final Object pauseMonitor = new Object();
    private volatile TargetState targetState;
    private volatile boolean stopping;
    private volatile boolean failed;
    private volatile Cancellable subscription;
    /** The topic this task reported last, and the listener's reset count then; task thread only. */
    private String reportedTopic;
    private int reportedTopicResets;

    protected WorkerTask(ConnectorTaskId id, TargetState initialState, TaskStatusListener statusListener) {
        this.id = id;
        this.targetState = initialState;
        this.statusListener = statusListener;
        this.thread = new TaskThread("task-" + id);
    }

    public ConnectorTaskId id() {
        return id;
    }

    /** Starts the plugin task and its pipeline on the task thread; returns at once. */
    public void start() {
        thread.execute(() -> {
            try (var ignored = TaskLogContext.of(id)) {
                initializeAndStart();
                statusListener.onStateChange(id, isPaused() ? ConnectorState.PAUSED : ConnectorState.RUNNING, null);
                TributaryLog.LOG.taskStarted(id.toString());
            } catch (Throwable failure) {
                fail(failure);
                finish();
                return;
            }
            subscription = pipeline().subscribe().with(
                    item -> { },
                    failure -> {
                        fail(failure);
                        finish();
                    },
                    this::finish);
        });
    }

    /** Records that this task used {@code topic}, for {@code GET /connectors/NAME/topics}. Task thread only. */
    protected final void topicActive(String topic) {
        int resets = statusListener.activeTopicsResets();
        // Called per record: most records name the previous record's topic, in the same String, so
        // comparing references spares them two concurrent map lookups (4-5 % of a file source's
        // task thread in a profile).
        if (topic != reportedTopic || resets != reportedTopicResets) {
            statusListener.onTopicActive(id, topic);
            reportedTopic = topic;
            reportedTopicResets = resets;
        }
    }

    /** Calls the plugin task's {@code initialize} and {@code start}; runs on the task thread. */
    protected abstract void initializeAndStart();

    /** The task's record flow; ends when {@link #isStopping()} turns true. */
    protected abstract Multi<?> pipeline();

    /** Releases everything: the plugin task's {@code stop()}, final commit, clients. Runs on the task thread. */
    protected abstract void close(boolean failed);

    private void finish() {
        try (var ignored = TaskLogContext.of(id)) {
            close(failed);
            if (!failed) {
                statusListener.onStateChange(id, ConnectorState.UNASSIGNED, null);
            }
            TributaryLog.LOG.taskStopped(id.toString());
        } catch (Throwable failure) {
            fail(failure);
        } finally {
            stopped.countDown();
            thread.close();
        }
    }

    protected void fail(Throwable failure) {
        if (failed) {
            return;
        }
        failed = true;
        stopping = true;
        TributaryLog.LOG.taskFailed(id.toString(), failure);
        statusListener.onStateChange(id, ConnectorState.FAILED, failure);
    }

    public void transitionTo(TargetState state) {
        TargetState previous = targetState;
        targetState = state;
        if (previous == state || failed) {
            return;
        }
        synchronized (pauseMonitor) {
            pauseMonitor.notifyAll();
        }
        if (state == TargetState.PAUSED) {
            statusListener.onStateChange(id, ConnectorState.PAUSED, null);
        } else if (state == TargetState.STARTED) {
            statusListener.onStateChange(id, ConnectorState.RUNNING, null);
        }
        onTargetStateChange(state);
    }

    /** Hook for subclasses that must act on pause/resume (a sink pauses its consumer). */
    protected void onTargetStateChange(TargetState state) {
    }

    protected boolean isPaused() {
        return targetState == TargetState.PAUSED;
    }

    /** Blocks the task thread while paused, waking up on resume or stop. Returns whether still paused. */
    protected boolean awaitResumed(long maxWaitMs) {
        synchronized (pauseMonitor) {
            if (isPaused() && !stopping) {
                try {
                    pauseMonitor.wait(maxWaitMs);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }
        return isPaused() && !stopping;
    }

    public void stop() {
        stopping = true;
        synchronized (pauseMonitor) {
            pauseMonitor.notifyAll();
        }
        onStopRequested();
    }

    /** Hook to unblock the task thread (a sink wakes up its consumer). */
    protected void onStopRequested() {
    }

    public boolean isStopping() {
        return stopping;
    }

    public boolean isFailed() {
        return failed;
    }

    /** Waits for the task to finish stopping; returns false when it did not within the timeout. */
    public boolean awaitStop(long timeoutMs) {
        try {
            return stopped.await(timeoutMs, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Gives up on a task that did not stop in time: its thread is interrupted and its clients closed. */
    public void cancel() {
        Cancellable current = subscription;
        if (current != null) {
            current.cancel();
        }
        thread.close();
    }

    /** Puts the connector and task ids into the logging MDC for lines written on the task thread. */
    static final class TaskLogContext implements AutoCloseable {
        static TaskLogContext of(ConnectorTaskId id) {
            MDC.put("connector", id.connector());
            MDC.put("task", String.valueOf(id.task()));
            return new TaskLogContext();
        }

        @Override
        public void close() {
            MDC.remove("connector");
            MDC.remove("task");
        }
    }
}
