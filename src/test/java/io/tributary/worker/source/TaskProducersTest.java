package io.tributary.worker.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;

import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.clients.producer.Producer;
import org.junit.jupiter.api.Test;

/** Which producer of a source task writes which topic, and what happens to both at the end. */
class TaskProducersTest {

    private final MockProducer<byte[], byte[]> main = new MockProducer<>();
    private final MockProducer<byte[], byte[]> largeBatch = new MockProducer<>();
    private final AtomicInteger made = new AtomicInteger();

    private TaskProducers producers() {
        return new TaskProducers(main, () -> {
            made.incrementAndGet();
            return largeBatch;
        });
    }

    @Test
    void topicsGoToTheLargeBatchProducerUntilItWritesSixteenPartitions() {
        TaskProducers producers = producers();

        // no topic yet: the large-batch producer is not made
        assertThat(made).hasValue(0);

        // one-partition and few-partition topics take large batches, up to sixteen partitions in all
        assertThat(producers.assign(1)).isSameAs(largeBatch);
        assertThat(producers.assign(12)).isSameAs(largeBatch);
        assertThat(producers.assign(4)).as("would make 17 partitions").isSameAs(main);
        assertThat(producers.assign(3)).isSameAs(largeBatch);
        assertThat(producers.assign(1)).as("all sixteen are taken").isSameAs(main);

        // a topic with many partitions goes to the main producer, and the large-batch one was made once
        assertThat(producers.assign(500)).isSameAs(main);
        assertThat(made).hasValue(1);
    }

    @Test
    void everyTopicGoesToTheMainProducerWhenTheUserSizedTheBatches() {
        TaskProducers producers = new TaskProducers(main, null);

        assertThat(producers.assign(1)).isSameAs(main);
        assertThat(producers.main()).isSameAs(main);
    }

    @Test
    void flushAndCloseReachBothProducers() {
        TaskProducers producers = producers();
        Producer<byte[], byte[]> chosen = producers.assign(1);
        assertThat(chosen).isSameAs(largeBatch);

        producers.flush();
        producers.close();

        assertThat(main.flushed()).isTrue();
        assertThat(largeBatch.flushed()).isTrue();
        assertThat(main.closed()).isTrue();
        assertThat(largeBatch.closed()).isTrue();
    }

    @Test
    void closeWithoutLargeBatchProducerClosesTheMainOne() {
        TaskProducers producers = producers();

        producers.close();

        assertThat(main.closed()).isTrue();
        assertThat(made).hasValue(0);
    }
}
