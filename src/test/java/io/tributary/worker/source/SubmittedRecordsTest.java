package io.tributary.worker.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class SubmittedRecordsTest {

    private static final Map<String, String> FILE_A = Map.of("filename", "a");
    private static final Map<String, String> FILE_B = Map.of("filename", "b");

    private final SubmittedRecords submitted = new SubmittedRecords(1000);

    private static Map<String, Long> position(long p) {
        return Map.of("position", p);
    }

    @Test
    void anOffsetIsCommittableOnlyOnceEveryEarlierRecordOfItsPartitionIsAcknowledged() {
        // given three records of one file and one of another
        var first = submitted.submit(FILE_A, position(1));
        var second = submitted.submit(FILE_A, position(2));
        var third = submitted.submit(FILE_A, position(3));
        var other = submitted.submit(FILE_B, position(10));

        // when the later records are acknowledged before the first
        second.ack();
        third.ack();
        other.ack();

        // then only the other file's offset may be committed
        assertThat(submitted.committableOffsets()).containsExactly(Map.entry(FILE_B, position(10)));

        // when the first is acknowledged too, then the last of the file's records is committable, once
        first.ack();
        assertThat(submitted.committableOffsets()).containsExactly(Map.entry(FILE_A, position(3)));
        assertThat(submitted.committableOffsets()).isEmpty();
        assertThat(submitted.inFlight()).isZero();
    }

    @Test
    void acknowledgedRecordsAreNotKeptUntilTheNextCommit() {
        // given a source that keeps writing between two offset commits, each record acknowledged soon
        List<SubmittedRecords.Submitted> window = new ArrayList<>();
        for (long p = 1; p <= 100_000; p++) {
            window.add(submitted.submit(FILE_A, position(p)));
            if (window.size() == 100) {
                window.forEach(SubmittedRecords.Submitted::ack);
                window.clear();
            }
        }

        // then only the records still in flight are held, and the commit still gets the latest offset
        assertThat(submitted.retained()).isLessThanOrEqualTo(101);
        assertThat(submitted.committableOffsets()).containsExactly(Map.entry(FILE_A, position(100_000)));
    }

    @Test
    void recordsWithoutPartitionOrOffsetAreOnlyCounted() {
        var counted = submitted.submit(null, null);
        assertThat(submitted.inFlight()).isEqualTo(1);
        counted.ack();
        assertThat(submitted.inFlight()).isZero();
        assertThat(submitted.committableOffsets()).isEmpty();
    }
}
