package io.tributary.plugins.file;

import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.errors.ConnectException;
import org.apache.kafka.connect.sink.SinkRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FileStreamSinkTaskTest {

    private static final String NL = System.lineSeparator();

    @TempDir
    Path dir;

    private final FileStreamSinkTask task = new FileStreamSinkTask();

    @AfterEach
    void tearDown() {
        task.stop();
    }

    @Test
    void writesEachValueOnItsOwnLineLikePrintlnAndFlushes() throws Exception {
        // given a task on a new file
        Path file = dir.resolve("out.txt");
        task.start(Map.of("file", file.toString()));
        // when records with string, null, number and non-ASCII values are put and flushed
        task.put(List.of(record("line1"), record(null), record(42), record("é🙂")));
        task.flush(Map.of());
        // then the file holds String.valueOf(value) and a line separator for each, in UTF-8
        assertThat(Files.readString(file, StandardCharsets.UTF_8))
                .isEqualTo("line1" + NL + "null" + NL + "42" + NL + "é🙂" + NL);
    }

    @Test
    void linesAreInTheFileAfterEachPut() throws Exception {
        // given a task on a new file
        Path file = dir.resolve("out.txt");
        task.start(Map.of("file", file.toString()));
        // when a batch is put, without flush
        task.put(List.of(record("a"), record("b")));
        // then the batch is already visible, as with Apache's unbuffered PrintStream
        assertThat(Files.readString(file)).isEqualTo("a" + NL + "b" + NL);
    }

    @Test
    void appendsToAnExistingFile() throws Exception {
        // given a file with content
        Path file = dir.resolve("out.txt");
        Files.writeString(file, "existing" + NL);
        task.start(Map.of("file", file.toString()));
        // when a record is written and the task stopped
        task.put(List.of(record("more")));
        task.stop();
        // then the old content is kept
        assertThat(Files.readString(file)).isEqualTo("existing" + NL + "more" + NL);
    }

    @Test
    void writesValuesLargerThanItsBufferWholeAndInOrder() throws Exception {
        // given a task on a new file, and a value twice as large as its buffer
        Path file = dir.resolve("out.txt");
        task.start(Map.of("file", file.toString()));
        String large = "ab\u00e9\ud83d\ude42".repeat(FileStreamSinkTask.BUFFER_SIZE / 4);
        // when it is put between small values, and enough small values follow to fill the buffer again
        List<SinkRecord> records = new ArrayList<>(List.of(record("before"), record(large)));
        StringBuilder expected = new StringBuilder("before" + NL + large + NL);
        for (int i = 0; i < FileStreamSinkTask.BUFFER_SIZE / 8; i++) {
            records.add(record("after " + i));
            expected.append("after ").append(i).append(NL);
        }
        task.put(records);
        // then every byte is in the file, in order
        assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo(expected.toString());
    }

    @Test
    void writesToStandardOutputWithoutClosingIt() {
        // given a task without a file, while standard output is captured
        PrintStream original = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        PrintStream capture = new PrintStream(captured, false, StandardCharsets.UTF_8);
        System.setOut(capture);
        try {
            task.start(Map.of());
            // when records are put and the task is stopped
            task.put(List.of(record("one"), record("twö")));
            task.stop();
            // then the lines went to standard output, which is still open
            capture.print("still open");
            assertThat(capture.checkError()).isFalse();
            assertThat(captured.toString(StandardCharsets.UTF_8)).isEqualTo("one" + NL + "twö" + NL + "still open");
        } finally {
            System.setOut(original);
        }
    }

    @Test
    void failsToStartWhenTheFileCannotBeCreated() {
        // given a path whose parent directory does not exist
        String file = dir.resolve("missing-dir").resolve("out.txt").toString();
        // when started, then the task fails with Apache's message
        assertThatThrownBy(() -> task.start(Map.of("file", file)))
                .isInstanceOf(ConnectException.class)
                .hasMessage("Couldn't find or create file '" + file + "' for FileStreamSinkTask");
    }

    @Test
    void reportsTheVersion() {
        assertThat(task.version()).isEqualTo("0.1.0");
    }

    private static SinkRecord record(Object value) {
        return new SinkRecord("topic", 0, null, null, Schema.OPTIONAL_STRING_SCHEMA, value, 0);
    }
}
