package io.tributary.plugins.file;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class LineReaderTest {

    @Test
    void growsTheBufferForALineLongerThanIt() throws IOException {
        // given a line four times the buffer capacity
        String longLine = "x".repeat(64);
        LineReader reader = new LineReader(stream(longLine + "\nshort\n"), 0, false, 16);
        // when all lines are read
        List<String> lines = readAll(reader);
        // then the line is whole and the buffer grew to hold it
        assertThat(lines).containsExactly(longLine, "short");
        assertThat(reader.capacity()).isGreaterThanOrEqualTo(64);
        assertThat(reader.position()).isEqualTo(71);
    }

    @Test
    void compactsInsteadOfGrowingWhenLinesAreShort() throws IOException {
        // given many short lines through a small buffer
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 100; i++) {
            text.append("l").append(i % 10).append('\n');
        }
        LineReader reader = new LineReader(stream(text.toString()), 0, false, 16);
        // when all lines are read
        List<String> lines = readAll(reader);
        // then nothing is lost and the buffer did not grow
        assertThat(lines).hasSize(100).startsWith("l0", "l1").endsWith("l9");
        assertThat(reader.capacity()).isEqualTo(16);
        assertThat(reader.position()).isEqualTo(300);
    }

    @Test
    void positionStartsAtTheGivenOffset() throws IOException {
        // given a reader resumed at byte 1000
        LineReader reader = new LineReader(stream("a\r\n"), 1000, false);
        // when a line is read
        List<String> lines = readAll(reader);
        // then the position continues from there
        assertThat(lines).containsExactly("a");
        assertThat(reader.position()).isEqualTo(1003);
    }

    @Test
    void neverBlocksOnAStreamWithNothingAvailable() throws IOException {
        // given a stream that would block on read (like an idle stdin)
        InputStream idle = new InputStream() {
            @Override
            public int read() {
                throw new AssertionError("must not read when nothing is available");
            }
        };
        LineReader reader = new LineReader(idle, 0, true);
        // when filled, then it reports nothing read
        assertThat(reader.fill()).isZero();
        assertThat(reader.nextLine()).isNull();
    }

    @Test
    void readsAStreamThatCannotBlockWithoutAskingWhatIsAvailable() throws IOException {
        // given a stream that never reports anything available, as a FileChannel's stream may not
        InputStream silent = new ByteArrayInputStream("one\ntwo\n".getBytes(StandardCharsets.UTF_8)) {
            @Override
            public synchronized int available() {
                return 0;
            }
        };
        LineReader reader = new LineReader(silent, 0, false);
        // when all lines are read, then they are there
        assertThat(readAll(reader)).containsExactly("one", "two");
    }

    @Test
    void findsEveryTerminatorWhereverItFallsInAWord() throws IOException {
        // given lines of every length from 0 to 40 (so that terminators fall at every byte of an
        // eight-byte word), with each kind of terminator and multi-byte characters in the text
        String[] terminators = {"\n", "\r", "\r\n"};
        StringBuilder text = new StringBuilder();
        List<String> expected = new ArrayList<>();
        for (int length = 0; length <= 40; length++) {
            for (int kind = 0; kind < terminators.length; kind++) {
                StringBuilder line = new StringBuilder();
                for (int i = 0; i < length; i++) {
                    // \u010a and \u010d encode to bytes 0xc4 0x8a and 0xc4 0x8d: not line ends
                    line.append(i % 7 == 3 ? '\u010a' : i % 5 == 1 ? '\u010d' : (char) ('a' + i % 26));
                }
                expected.add(line.toString());
                text.append(line).append(terminators[kind]);
            }
        }
        byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
        for (int capacity : new int[] {8, 13, 64, LineReader.INITIAL_CAPACITY}) {
            // when read through buffers of several sizes, then every line comes back whole
            LineReader reader = new LineReader(new ByteArrayInputStream(bytes), 0, false, capacity);
            assertThat(readAll(reader)).as("capacity %d", capacity).isEqualTo(expected);
            assertThat(reader.position()).isEqualTo(bytes.length);
        }
    }

    private static List<String> readAll(LineReader reader) throws IOException {
        List<String> lines = new ArrayList<>();
        do {
            for (String line = reader.nextLine(); line != null; line = reader.nextLine()) {
                lines.add(line);
            }
        } while (reader.fill() > 0);
        return lines;
    }

    private static InputStream stream(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }
}
