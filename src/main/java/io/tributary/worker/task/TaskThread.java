package io.tributary.worker.task;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.BooleanSupplier;

import io.smallrye.common.annotation.CheckReturnValue;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;

/**
 * The one gateway through which a task's blocking connect-api calls ({@code start}, {@code poll},
 * {@code put}, {@code stop}) run: a single platform thread owned by the task, never a Vert.x
 * event loop. Everything a task does happens in order on this thread, as connect-api promises.
 */
public final class TaskThread implements AutoCloseable {

    private final ExecutorService executor;

    public TaskThread(String name) {
        this.executor = Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Runs one blocking call on the task thread. */
    @CheckReturnValue
    public <T> Uni<T> run(Callable<T> call) {
        return Uni.createFrom().item(() -> {
            try {
                return call.call();
            } catch (RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }).runSubscriptionOn(executor);
    }

    /**
     * Calls {@code call} again and again on the task thread while {@code keepGoing} holds, emitting
     * each non-null result. Downstream stages run on the task thread too, synchronously, so the
     * next call only happens once the previous item went through the whole pipeline: that is
     * where back-pressure comes from.
     */
    @CheckReturnValue
    public <T> Multi<T> repeat(Callable<T> call, BooleanSupplier keepGoing) {
        return Multi.createFrom().emitter(emitter -> executor.execute(() -> {
            try {
                while (!emitter.isCancelled() && keepGoing.getAsBoolean()) {
                    T item = call.call();
                    if (item != null) {
                        emitter.emit(item);
                    }
                }
                emitter.complete();
            } catch (Throwable failure) {
                emitter.fail(failure);
            }
        }));
    }

    /** Runs a call on the task thread without waiting for it, for lifecycle steps after the pipeline ended. */
    public void execute(Runnable runnable) {
        executor.execute(runnable);
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
