package io.tributary.worker.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;

import org.apache.kafka.clients.producer.MockProducer;
import org.junit.jupiter.api.Test;

/** Which producer of a source task writes which topic, when each is made, and what happens to them at the end. */
class TaskProducersTest {

    private final MockProducer<byte[], byte[]> main = new MockProducer<>();
    private final MockProducer<byte[], byte[]> largeBatch = new MockProducer<>();
    private final AtomicInteger mainMade = new AtomicInteger();
    private final AtomicInteger largeBatchMade = new AtomicInteger();

    private TaskProducers producers() {
        return new TaskProducers(() -> {
            mainMade.incrementAndGet();
            return main;
        }, () -> {
            largeBatchMade.incrementAndGet();
            return largeBatch;
        });
    }

    @Test
    void topicsGoToTheLargeBatchProducerUntilItWritesSixteenPartitions() {
        TaskProducers producers = producers();

        // no topic yet: no producer is made
        assertThat(mainMade).hasValue(0);
        assertThat(largeBatchMade).hasValue(0);

        // one-partition and few-partition topics take large batches, up to sixteen partitions in all
        assertThat(producers.assign(1)).isSameAs(largeBatch);
        assertThat(producers.assign(12)).isSameAs(largeBatch);
        assertThat(mainMade).as("no topic for the main producer yet").hasValue(0);
        assertThat(producers.assign(4)).as("would make 17 partitions").isSameAs(main);
        assertThat(producers.assign(3)).isSameAs(largeBatch);
        assertThat(producers.assign(1)).as("all sixteen are taken").isSameAs(main);

        // a topic with many partitions goes to the main producer; each producer was made once
        assertThat(producers.assign(500)).isSameAs(main);
        assertThat(mainMade).hasValue(1);
        assertThat(largeBatchMade).hasValue(1);
    }

    @Test
    void everyTopicGoesToTheMainProducerWhenTheUserSizedTheBatches() {
        TaskProducers producers = new TaskProducers(() -> main, null);

        assertThat(producers.assign(1)).isSameAs(main);
        assertThat(producers.forUnknownTopic()).isSameAs(main);
    }

    @Test
    void aTopicTheClusterDoesNotKnowIsLookedUpByTheLargeBatchProducer() {
        // a topic the broker creates on first use gets its default partition count, usually one
        TaskProducers producers = producers();

        assertThat(producers.forUnknownTopic()).isSameAs(largeBatch);
        assertThat(mainMade).hasValue(0);
    }

    @Test
    void flushAndCloseReachTheProducersThatWereMade() {
        TaskProducers producers = producers();
        assertThat(producers.assign(1)).isSameAs(largeBatch);
        assertThat(producers.assign(100)).isSameAs(main);

        producers.flush();
        producers.close();

        assertThat(main.flushed()).isTrue();
        assertThat(largeBatch.flushed()).isTrue();
        assertThat(main.closed()).isTrue();
        assertThat(largeBatch.closed()).isTrue();
    }

    @Test
    void flushAndCloseMakeNoProducer() {
        TaskProducers producers = producers();
        assertThat(producers.assign(1)).isSameAs(largeBatch);

        producers.flush();
        producers.close();

        assertThat(largeBatch.closed()).isTrue();
        assertThat(mainMade).hasValue(0);
        assertThat(main.closed()).isFalse();
    }
}
