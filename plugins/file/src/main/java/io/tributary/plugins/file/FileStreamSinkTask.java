package io.tributary.plugins.file;

import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.connect.errors.ConnectException;
import org.apache.kafka.connect.sink.SinkRecord;
import org.apache.kafka.connect.sink.SinkTask;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
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
 * {@value #BUFFER_SIZE}-byte buffer of the task's own (not a {@code BufferedOutputStream}, whose
 * every write takes a lock) and is written through at the end of each {@link #put}, so a
 * line is in the file as soon as with Apache's (tail -f keeps working) at a fraction of the cost.
 * Each value is encoded with {@code String.getBytes(UTF_8)} (a plain copy for ASCII/Latin-1
 * strings; unpaired surrogates become {@code ?}, as with {@code PrintStream}) rather than through
 * a {@code Writer}, whose char-by-char encoder was the top of the sink's profile.
 * {@link #flush} writes through again before the runtime commits offsets.
 *
 * <p>Lifecycle: {@link #start} opens the file for appending, {@link #put} writes a batch,
 * {@link #flush} writes through, {@link #stop} flushes and closes (standard output is only
 * flushed). All calls come from the task thread.
 */
public final class FileStreamSinkTask extends SinkTask {

    static final int BUFFER_SIZE = 256 * 1024;

    private static final byte[] LINE_SEPARATOR = System.lineSeparator().getBytes(StandardCharsets.UTF_8);

    private String filename;
    private OutputStream output;
    /** Bytes not yet written to {@link #output}; only the task thread touches them. */
    private final byte[] buffer = new byte[BUFFER_SIZE];
    private int buffered;

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
        output = filename == null ? new KeepOpen(System.out) : openForAppend(filename);
        buffered = 0;
    }

    @Override
    public void put(Collection<SinkRecord> records) {
        try {
            for (SinkRecord record : records) {
                append(String.valueOf(record.value()).getBytes(StandardCharsets.UTF_8));
                append(LINE_SEPARATOR);
            }
            writeThrough();
        } catch (IOException e) {
            throw new ConnectException("Error while writing to " + displayName(), e);
        }
    }

    @Override
    public void flush(Map<TopicPartition, OffsetAndMetadata> currentOffsets) {
        try {
            writeThrough();
        } catch (IOException e) {
            // Failing here keeps the runtime from committing offsets of lines that were not written.
            throw new ConnectException("Error while flushing " + displayName(), e);
        }
    }

    @Override
    public void stop() {
        if (output == null) {
            return;
        }
        try (OutputStream out = output) {
            writeThrough();
        } catch (IOException e) {
            throw new ConnectException("Error while closing " + displayName(), e);
        } finally {
            output = null;
        }
    }

    private void append(byte[] bytes) throws IOException {
        if (bytes.length > BUFFER_SIZE - buffered) {
            drain();
            if (bytes.length >= BUFFER_SIZE) {
                output.write(bytes);
                return;
            }
        }
        System.arraycopy(bytes, 0, buffer, buffered, bytes.length);
        buffered += bytes.length;
    }

    private void drain() throws IOException {
        if (buffered > 0) {
            output.write(buffer, 0, buffered);
            buffered = 0;
        }
    }

    private void writeThrough() throws IOException {
        drain();
        output.flush();
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

    /** Standard output belongs to the process: closing the task's output must only flush it. */
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
