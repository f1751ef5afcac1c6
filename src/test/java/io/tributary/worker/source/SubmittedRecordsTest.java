package io.tributary.worker.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.kafka.connect.source.SourceRecord;
import org.junit.jupiter.api.Test;

class SubmittedRecordsTest {

    private static final Map<String, String> FILE_A = Map.of("filename", "a");
    private static final Map<String, String> FILE_B = Map.of("filename", "b");

    private final SubmittedRecords submitted = new SubmittedRecords(1000);

    private static Map<String, Long> position(long p) {
        return Map.of("position", p);
    }

    private static SourceRecord record(Map<String, ?> partition, Map<String, ?> offset) {
        return new SourceRecord(partition, offset, "topic", null, "line");
    }

    @Test
    void anOffsetIsCommittableOnlyOnceEveryEarlierRecordOfItsPartitionIsAcknowledged() {
        // given two polls of one file, then a poll of another
        var first = submitted.submit(List.of(record(FILE_A, position(1)), record(FILE_A, position(2))));
        var second = submitted.submit(List.of(record(FILE_A, position(3))));
        var other = submitted.submit(List.of(record(FILE_B, position(10))));

        // when the later polls' records are acknowledged, and only one record of the first poll
        second[0].ack();
        other[0].ack();
        first[1].ack();

        // then only the other file's offset may be committed
        assertThat(submitted.committableOffsets()).containsExactly(Map.entry(FILE_B, position(10)));
        assertThat(submitted.inFlight()).isEqualTo(2);

        // when the first record is acknowledged too, then the last of the file's records is committable, once
        first[0].ack();
        assertThat(submitted.committableOffsets()).containsExactly(Map.entry(FILE_A, position(3)));
        assertThat(submitted.committableOffsets()).isEmpty();
        assertThat(submitted.inFlight()).isZero();
    }

    @Test
    void aPollOverSeveralPartitionsCommitsEachPartitionOnItsOwn() {
        // given one poll that interleaves two files
        var records = submitted.submit(List.of(record(FILE_A, position(1)), record(FILE_B, position(10)),
                record(FILE_A, position(2)), record(FILE_B, position(11))));

        // when every record of file b is acknowledged, and the last of file a
        records[1].ack();
        records[3].ack();
        records[2].ack();

        // then file b's latest offset is committable; file a waits for its first record
        assertThat(submitted.committableOffsets()).containsExactly(Map.entry(FILE_B, position(11)));
        records[0].ack();
        assertThat(submitted.committableOffsets()).containsExactly(Map.entry(FILE_A, position(2)));
    }

    @Test
    void acknowledgedRecordsAreNotKeptUntilTheNextCommit() {
        // given a source that keeps writing between two offset commits, each poll acknowledged soon
        List<SubmittedRecords.Segment[]> window = new ArrayList<>();
        long p = 0;
        for (int poll = 0; poll < 10_000; poll++) {
            List<SourceRecord> records = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                records.add(record(FILE_A, position(++p)));
            }
            window.add(submitted.submit(records));
            if (window.size() == 10) {
                window.forEach(segments -> List.of(segments).forEach(SubmittedRecords.Segment::ack));
                window.clear();
            }
        }

        // then only the polls still in flight are held, and the commit still gets the latest offset
        assertThat(submitted.retained()).isLessThanOrEqualTo(11);
        assertThat(submitted.committableOffsets()).containsExactly(Map.entry(FILE_A, position(100_000)));
    }

    @Test
    void recordsWithoutPartitionOrOffsetAreOnlyCounted() {
        var counted = submitted.submit(List.of(record(null, null), record(FILE_A, null)));
        assertThat(submitted.inFlight()).isEqualTo(2);
        counted[0].ack();
        counted[1].ack();
        assertThat(submitted.inFlight()).isZero();
        assertThat(submitted.committableOffsets()).isEmpty();
    }

    @Test
    void anAbandonedRecordFreesItsSlotButNeverCommitsItsOffset() throws InterruptedException {
        // given a poll whose second record was never sent (the task failed)
        var records = submitted.submit(List.of(record(FILE_A, position(1)), record(FILE_A, position(2))));
        records[0].ack();
        records[1].abandon();

        // then nothing is in flight any more, and the poll's offset is not committable
        assertThat(submitted.awaitAllAcked(1)).isTrue();
        assertThat(submitted.committableOffsets()).isEmpty();
    }

    @Test
    void pollingWaitsWhileTooManyRecordsAreInFlight() throws InterruptedException {
        // given a bound of 4 records and a poll of 4 in flight
        SubmittedRecords bounded = new SubmittedRecords(4);
        var records = bounded.submit(List.of(record(FILE_A, position(1)), record(FILE_A, position(2)),
                record(FILE_A, position(3)), record(FILE_A, position(4))));
        Thread acker = new Thread(() -> List.of(records).forEach(SubmittedRecords.Segment::ack));

        // when the records are acknowledged on another thread, then the wait for capacity ends
        acker.start();
        bounded.awaitCapacity(() -> false);
        acker.join();
        assertThat(bounded.inFlight()).isZero();
    }
}
