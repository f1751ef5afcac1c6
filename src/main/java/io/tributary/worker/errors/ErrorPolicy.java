package io.tributary.worker.errors;

import java.util.List;

import org.apache.kafka.connect.errors.ConnectException;

/**
 * A connector's {@code errors.tolerance}: with {@code none} the first error in conversion or
 * transformation fails the task; with {@code all} the record is skipped and handed to the
 * reporters (log, dead letter queue). Failures in the plugin task itself ({@code poll},
 * {@code put}) are never tolerated, as in Apache.
 */
public final class ErrorPolicy implements AutoCloseable {

    private final boolean tolerateAll;
    private final List<ErrorReporter> reporters;

    public ErrorPolicy(boolean tolerateAll, List<ErrorReporter> reporters) {
        this.tolerateAll = tolerateAll;
        this.reporters = List.copyOf(reporters);
    }

    public static ErrorPolicy failFast() {
        return new ErrorPolicy(false, List.of());
    }

    /**
     * Handles one failed processing step of one record: reports it and returns when tolerated.
     *
     * @throws ConnectException when the failure is not tolerated (the task then fails)
     */
    public void handle(ProcessingStage stage, Object original, Throwable error) {
        if (!tolerateAll) {
            throw new ConnectException("Tolerance exceeded in error handler", error);
        }
        reporters.forEach(reporter -> reporter.report(stage, original, error));
    }

    @Override
    public void close() {
        reporters.forEach(ErrorReporter::close);
    }
}
