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
        LineReader reader = new LineReader(stream(longLine + "\nshort\n"), 0, 16);
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
        LineReader reader = new LineReader(stream(text.toString()), 0, 16);
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
        LineReader reader = new LineReader(stream("a\r\n"), 1000);
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
        LineReader reader = new LineReader(idle, 0);
        // when filled, then it reports nothing read
        assertThat(reader.fill()).isZero();
        assertThat(reader.nextLine()).isNull();
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
