package io.tributary.plugins.file;

import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.connect.errors.ConnectException;
import org.apache.kafka.connect.sink.SinkRecord;
import org.apache.kafka.connect.sink.SinkTask;

import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.nio.file.StandardOpenOption;
import java.util.Collection;
import java.util.Map;

/**
 * Appends {@code String.valueOf(record.value())} and a line separator for every record to a file
 * (created if missing) or to standard output.
 *
 * <p>The bytes are those of Apache's FileStreamSinkTask, which calls {@code PrintStream.println}:
 * UTF-8, a {@code null} value written as {@code null}, {@link System#lineSeparator()} after each
 * value. Apache's writes every line with its own system call; here a batch goes through a
 * {@value #BUFFER_SIZE}-byte buffer and is written through at the end of each {@link #put}, so a
 * line is in the file as soon as with Apache's (tail -f keeps working) at a fraction of the cost.
 * {@link #flush} writes through again before the runtime commits offsets.
 *
 * <p>Lifecycle: {@link #start} opens the file for appending, {@link #put} writes a batch,
 * {@link #flush} writes through, {@link #stop} flushes and closes (standard output is only
 * flushed). All calls come from the task thread.
 */
public final class FileStreamSinkTask extends SinkTask {

    static final int BUFFER_SIZE = 64 * 1024;

    private static final String LINE_SEPARATOR = System.lineSeparator();

    private String filename;
    private Writer writer;

    public FileStreamSinkTask() {
        // required by Connect
    }

    @Override
    public String version() {
        return Version.get();
    }

    @Override
    public void start(Map<String, String> props) {
        filename = new FileStreamSinkConfig(props).file();
        OutputStream out = filename == null ? new KeepOpen(System.out) : openForAppend(filename);
        // The writer's own encoder buffer is small (8 KiB); the stream buffer makes writes large.
        writer = new OutputStreamWriter(new BufferedOutputStream(out, BUFFER_SIZE), StandardCharsets.UTF_8);
    }

    @Override
    public void put(Collection<SinkRecord> records) {
        try {
            for (SinkRecord record : records) {
                writer.write(String.valueOf(record.value()));
                writer.write(LINE_SEPARATOR);
            }
            writer.flush();
        } catch (IOException e) {
            throw new ConnectException("Error while writing to " + displayName(), e);
        }
    }

    @Override
    public void flush(Map<TopicPartition, OffsetAndMetadata> currentOffsets) {
        try {
            writer.flush();
        } catch (IOException e) {
            // Failing here keeps the runtime from committing offsets of lines that were not written.
            throw new ConnectException("Error while flushing " + displayName(), e);
        }
    }

    @Override
    public void stop() {
        if (writer == null) {
            return;
        }
        try {
            writer.close();
        } catch (IOException e) {
            throw new ConnectException("Error while closing " + displayName(), e);
        } finally {
            writer = null;
        }
    }

    private static OutputStream openForAppend(String filename) {
        try {
            return Files.newOutputStream(Paths.get(filename), StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new ConnectException("Couldn't find or create file '" + filename + "' for FileStreamSinkTask", e);
        }
    }

    private String displayName() {
        return filename == null ? "stdout" : filename;
    }

    /** Standard output belongs to the process: closing the task's writer must only flush it. */
    private static final class KeepOpen extends FilterOutputStream {

        KeepOpen(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            // FilterOutputStream would write byte by byte
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
