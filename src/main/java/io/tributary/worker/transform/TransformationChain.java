package io.tributary.worker.transform;

import java.util.List;

import org.apache.kafka.connect.connector.ConnectRecord;

/**
 * A connector's {@code transforms}, applied in order. A stage that returns null drops the
 * record and ends the chain for it.
 */
public final class TransformationChain<R extends ConnectRecord<R>> implements AutoCloseable {

    private final List<TransformationStage<R>> stages;

    public TransformationChain(List<TransformationStage<R>> stages) {
        this.stages = List.copyOf(stages);
    }

    public boolean isEmpty() {
        return stages.isEmpty();
    }

    /** The record after every stage, or null when a stage dropped it. */
    public R apply(R record) {
        R current = record;
        for (TransformationStage<R> stage : stages) {
            current = stage.apply(current);
            if (current == null) {
                return null;
            }
        }
        return current;
    }

    @Override
    public void close() {
        stages.forEach(TransformationStage::close);
    }
}
