package io.tributary.plugins.file;

import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.connect.errors.ConnectException;
import org.apache.kafka.connect.sink.SinkRecord;
import org.apache.kafka.connect.sink.SinkTask;

import java.io.Closeable;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
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
 * {@value #BUFFER_SIZE}-byte buffer of the task's own and is written through at the end of each
 * {@link #put}, so a line is in the file as soon as with Apache's (tail -f keeps working) at a
 * fraction of the cost. For a file the buffer is a direct one written with the file's channel:
 * a heap array would first be copied into the JDK's temporary direct buffer on every write.
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
    private Destination destination;
    /** Bytes not yet written to {@link #destination}; only the task thread touches them. */
    private ByteBuffer buffer;

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
        destination = filename == null ? new StandardOutput(System.out) : openForAppend(filename);
        buffer = destination.newBuffer(BUFFER_SIZE);
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
        if (destination == null) {
            return;
        }
        try (Destination out = destination) {
            writeThrough();
        } catch (IOException e) {
            throw new ConnectException("Error while closing " + displayName(), e);
        } finally {
            destination = null;
        }
    }

    /** Copies into the buffer, writing it through each time it fills (a value may be larger than the buffer). */
    private void append(byte[] bytes) throws IOException {
        int offset = 0;
        while (bytes.length - offset > buffer.remaining()) {
            int chunk = buffer.remaining();
            buffer.put(bytes, offset, chunk);
            offset += chunk;
            writeThrough();
        }
        buffer.put(bytes, offset, bytes.length - offset);
    }

    private void writeThrough() throws IOException {
        if (buffer.position() > 0) {
            buffer.flip();
            destination.write(buffer);
            buffer.clear();
        }
    }

    private static Destination openForAppend(String filename) {
        try {
            return new AppendedFile(FileChannel.open(Paths.get(filename), StandardOpenOption.CREATE, StandardOpenOption.APPEND));
        } catch (IOException e) {
            throw new ConnectException("Couldn't find or create file '" + filename + "' for FileStreamSinkTask", e);
        }
    }

    private String displayName() {
        return filename == null ? "stdout" : filename;
    }

    /** Where the buffered lines go; {@link #write} returns once every remaining byte is written. */
    private interface Destination extends Closeable {

        ByteBuffer newBuffer(int capacity);

        void write(ByteBuffer bytes) throws IOException;
    }

    /** A file opened for appending, written from direct buffers without a copy in between. */
    private static final class AppendedFile implements Destination {

        private final FileChannel channel;

        AppendedFile(FileChannel channel) {
            this.channel = channel;
        }

        @Override
        public ByteBuffer newBuffer(int capacity) {
            return ByteBuffer.allocateDirect(capacity);
        }

        @Override
        public void write(ByteBuffer bytes) throws IOException {
            while (bytes.hasRemaining()) {
                channel.write(bytes);
            }
        }

        @Override
        public void close() throws IOException {
            channel.close();
        }
    }

    /** Standard output belongs to the process: it is written and flushed, never closed. */
    private static final class StandardOutput implements Destination {

        private final PrintStream out;

        StandardOutput(PrintStream out) {
            this.out = out;
        }

        @Override
        public ByteBuffer newBuffer(int capacity) {
            return ByteBuffer.allocate(capacity);
        }

        @Override
        public void write(ByteBuffer bytes) {
            out.write(bytes.array(), bytes.arrayOffset() + bytes.position(), bytes.remaining());
            out.flush();
            bytes.position(bytes.limit());
        }

        @Override
        public void close() {
            out.flush();
        }
    }
}
