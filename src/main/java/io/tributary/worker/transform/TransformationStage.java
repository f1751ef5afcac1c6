package io.tributary.worker.transform;

import org.apache.kafka.connect.connector.ConnectRecord;
import org.apache.kafka.connect.transforms.Transformation;
import org.apache.kafka.connect.transforms.predicates.Predicate;

/**
 * One configured transformation with its optional predicate ({@code transforms.ALIAS.predicate},
 * {@code transforms.ALIAS.negate}): the transformation applies only to records the predicate
 * matches (or does not match, when negated).
 */
public final class TransformationStage<R extends ConnectRecord<R>> implements AutoCloseable {

    private final String alias;
    private final Transformation<R> transformation;
    private final Predicate<R> predicate;
    private final boolean negate;

    public TransformationStage(String alias, Transformation<R> transformation, Predicate<R> predicate, boolean negate) {
        this.alias = alias;
        this.transformation = transformation;
        this.predicate = predicate;
        this.negate = negate;
    }

    /** The transformed record, the same record when the predicate skips it, or null to drop it. */
    public R apply(R record) {
        if (predicate != null && predicate.test(record) == negate) {
            return record;
        }
        return transformation.apply(record);
    }

    public String alias() {
        return alias;
    }

    @Override
    public void close() {
        transformation.close();
        if (predicate != null) {
            predicate.close();
        }
    }
}
