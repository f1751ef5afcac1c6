package io.tributary.plugins.file;

import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.errors.ConnectException;
import org.apache.kafka.connect.source.SourceRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FileStreamSourceTaskTest {

    private static final String TOPIC = "lines";

    @TempDir
    Path dir;

    private Path file;
    private FakeSourceTaskContext context;
    private FileStreamSourceTask task;

    @BeforeEach
    void setUp() {
        file = dir.resolve("input.txt");
        context = new FakeSourceTaskContext();
        task = new FileStreamSourceTask(new FakeSourceTaskContext.FixedTime(), 1);
        task.initialize(context);
    }

    @AfterEach
    void tearDown() {
        task.stop();
    }

    @Test
    void readsLinesAcrossPollsWithApachePartitionAndOffset() throws Exception {
        // given a file with two lines
        append("partial boiled\nhalf baked\n");
        task.start(props());
        // when polled, then appended to and polled again
        List<SourceRecord> first = task.poll();
        append("ready\n");
        List<SourceRecord> second = task.poll();
        // then each record carries Apache's partition and the byte position after its line
        assertThat(first).extracting(SourceRecord::value).containsExactly("partial boiled", "half baked");
        assertThat(first).extracting(SourceRecord::sourceOffset)
                .containsExactly(Map.of("position", 15L), Map.of("position", 26L));
        assertThat(second).singleElement().satisfies(r -> {
            assertThat(r.sourcePartition()).isEqualTo(Map.of("filename", file.toString()));
            assertThat(r.sourceOffset()).isEqualTo(Map.of("position", 32L));
            assertThat(r.topic()).isEqualTo(TOPIC);
            assertThat(r.kafkaPartition()).isNull();
            assertThat(r.key()).isNull();
            assertThat(r.keySchema()).isNull();
            assertThat(r.valueSchema()).isEqualTo(Schema.STRING_SCHEMA);
            assertThat(r.timestamp()).isEqualTo(FakeSourceTaskContext.FixedTime.NOW);
        });
    }

    @Test
    void resumesAfterTheCommittedPosition() throws Exception {
        // given a committed offset just after the first line
        append("old\nnew\n");
        context.storeOffset(Map.of("filename", file.toString()), Map.of("position", 4L));
        task.start(props());
        // when polled
        List<SourceRecord> records = task.poll();
        // then reading starts at that byte
        assertThat(records).extracting(SourceRecord::value).containsExactly("new");
        assertThat(records.get(0).sourceOffset()).isEqualTo(Map.of("position", 8L));
    }

    @Test
    void rejectsAnOffsetPositionThatIsNotALong() {
        // given a position stored as an int
        append("a\n");
        context.storeOffset(Map.of("filename", file.toString()), Map.of("position", 1));
        task.start(props());
        // when polled, then the task fails as Apache's does
        assertThatThrownBy(task::poll).isInstanceOf(ConnectException.class)
                .hasMessage("Offset position is the incorrect type");
    }

    @Test
    void failsWhenTheFileIsShorterThanTheCommittedPosition() {
        // given an offset past the end of the file (truncated or replaced)
        append("a\n");
        context.storeOffset(Map.of("filename", file.toString()), Map.of("position", 100L));
        task.start(props());
        // when polled, then the task fails instead of spinning
        assertThatThrownBy(task::poll).isInstanceOf(ConnectException.class).hasMessageContaining("shorter");
    }

    @Test
    void splitsOnNewlineCarriageReturnAndBoth() throws Exception {
        // given all three terminators
        append("unix\nwindows\r\nmac\rlast\n");
        task.start(props());
        // when polled
        List<SourceRecord> records = task.poll();
        // then values have no terminator and positions count every terminator byte
        assertThat(records).extracting(SourceRecord::value).containsExactly("unix", "windows", "mac", "last");
        assertThat(records).extracting(r -> (Object) r.sourceOffset().get("position")).containsExactly(5L, 14L, 18L, 23L);
    }

    @Test
    void holdsBackALineUntilItsTerminatorArrives() throws Exception {
        // given a line without terminator, and one ending in a lone \r
        append("done\nhalf");
        task.start(props());
        // when polled before and after the rest arrives
        List<SourceRecord> first = task.poll();
        append(" line\r");
        List<SourceRecord> pending = task.poll();
        append("\nnext\n");
        List<SourceRecord> last = task.poll();
        // then the partial line is emitted only once terminated, and \r\n counts as one terminator
        assertThat(first).extracting(SourceRecord::value).containsExactly("done");
        assertThat(pending).isNull();
        assertThat(last).extracting(SourceRecord::value).containsExactly("half line", "next");
        assertThat(last.get(0).sourceOffset()).isEqualTo(Map.of("position", 16L));
    }

    @Test
    void waitsForAMissingFileAndReadsItOnceCreated() throws Exception {
        // given no file yet
        task.start(props());
        // when polled before and after it is created
        List<SourceRecord> before = task.poll();
        append("hello\n");
        List<SourceRecord> after = task.poll();
        // then the first poll returns null, as Apache's
        assertThat(before).isNull();
        assertThat(after).extracting(SourceRecord::value).containsExactly("hello");
    }

    @Test
    void returnsAtMostBatchSizeRecordsPerPoll() throws Exception {
        // given five lines and batch.size 2
        append("1\n2\n3\n4\n5\n");
        Map<String, String> props = props();
        props.put(FileStreamSourceConfig.TASK_BATCH_SIZE_CONFIG, "2");
        task.start(props);
        // when polled until the file is drained
        List<SourceRecord> a = task.poll();
        List<SourceRecord> b = task.poll();
        List<SourceRecord> c = task.poll();
        List<SourceRecord> d = task.poll();
        // then batches hold at most two records and buffered lines are not lost
        assertThat(a).extracting(SourceRecord::value).containsExactly("1", "2");
        assertThat(b).extracting(SourceRecord::value).containsExactly("3", "4");
        assertThat(c).extracting(SourceRecord::value).containsExactly("5");
        assertThat(d).isNull();
    }

    @Test
    void countsPositionsInBytesForMultiByteCharacters() throws Exception {
        // given UTF-8 lines with two- and four-byte characters
        append("héllo\n🙂\n");
        task.start(props());
        // when polled
        List<SourceRecord> records = task.poll();
        // then values are decoded and positions are byte positions, which resume exactly
        assertThat(records).extracting(SourceRecord::value).containsExactly("héllo", "🙂");
        assertThat(records).extracting(r -> (Object) r.sourceOffset().get("position")).containsExactly(7L, 12L);
    }

    @Test
    void readsAFileLargerThanTheBufferCompletely() throws Exception {
        // given 20,000 lines, far more than one 64 KiB read
        StringBuilder content = new StringBuilder();
        for (int i = 0; i < 20_000; i++) {
            content.append("line-").append(i).append('\n');
        }
        append(content.toString());
        task.start(props());
        // when polled until a poll returns nothing
        int count = 0;
        Object lastPosition = null;
        for (List<SourceRecord> batch = task.poll(); batch != null; batch = task.poll()) {
            assertThat(batch).hasSizeLessThanOrEqualTo(FileStreamSourceConfig.DEFAULT_TASK_BATCH_SIZE);
            assertThat(batch.get(0).value()).isEqualTo("line-" + count);
            count += batch.size();
            lastPosition = batch.get(batch.size() - 1).sourceOffset().get("position");
        }
        // then every line was read once and the last offset is the file size
        assertThat(count).isEqualTo(20_000);
        assertThat(lastPosition).isEqualTo(Files.size(file));
    }

    @Test
    void pollAfterStopReturnsNull() throws Exception {
        // given a started task on an existing file
        append("a\n");
        task.start(props());
        task.poll();
        // when stopped
        task.stop();
        // then a late poll neither blocks nor fails
        assertThat(task.poll()).isNull();
    }

    @Test
    void reportsTheVersion() {
        assertThat(task.version()).isEqualTo("0.1.0");
    }

    private Map<String, String> props() {
        Map<String, String> props = new HashMap<>();
        props.put(FileStreamSourceConfig.FILE_CONFIG, file.toString());
        props.put(FileStreamSourceConfig.TOPIC_CONFIG, TOPIC);
        return props;
    }

    private void append(String text) {
        try {
            Files.writeString(file, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
