package io.tributary.plugins.file;

import org.apache.kafka.common.utils.Time;
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.errors.ConnectException;
import org.apache.kafka.connect.source.SourceRecord;
import org.apache.kafka.connect.source.SourceTask;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * Reads lines from a file (or standard input) and returns each as a record with a
 * {@link Schema#STRING_SCHEMA} value, no key, and the configured topic.
 *
 * <p>Each record carries Apache's source partition {@code {"filename": file}} and offset
 * {@code {"position": p}}, where {@code p} is the byte position just after the line's terminator;
 * on start the task skips to the committed position, so offsets written by Apache's
 * FileStreamSourceTask resume here and vice versa. For standard input both are {@code null}.
 *
 * <p>Lifecycle:
 * <ol>
 *   <li>{@link #start} parses the configuration; standard input is opened at once.</li>
 *   <li>The first {@link #poll} opens the file and skips to the committed offset. While the file
 *       does not exist, poll waits about a second and returns {@code null} (as Apache's).</li>
 *   <li>Each {@link #poll} returns up to {@code batch.size} complete lines. A last line without a
 *       terminator is held back until one arrives. With nothing new, it waits about a second and
 *       returns {@code null}.</li>
 *   <li>{@link #stop} closes the file and wakes a waiting poll.</li>
 * </ol>
 *
 * <p>Threading: {@link #poll} runs on the task thread; {@link #stop} may be called from another
 * thread while a poll is running.
 */
public final class FileStreamSourceTask extends SourceTask {

    public static final String FILENAME_FIELD = "filename";
    public static final String POSITION_FIELD = "position";

    /** How long an idle poll waits before returning, as Apache's task does. */
    static final long IDLE_WAIT_MS = 1000;

    private static final System.Logger LOG = System.getLogger(FileStreamSourceTask.class.getName());

    private final Time time;
    private final long idleWaitMs;
    private final Object idle = new Object();
    private volatile boolean stopping;

    private String filename;
    private String topic;
    private int batchSize;
    private Map<String, String> partition;
    private volatile InputStream stream;
    private LineReader reader;

    public FileStreamSourceTask() {
        // required by Connect
        this(Time.SYSTEM, IDLE_WAIT_MS);
    }

    // visible for testing: a fake clock for record timestamps and a short idle wait
    FileStreamSourceTask(Time time, long idleWaitMs) {
        this.time = time;
        this.idleWaitMs = idleWaitMs;
    }

    @Override
    public String version() {
        return Version.get();
    }

    @Override
    public void start(Map<String, String> props) {
        FileStreamSourceConfig config = new FileStreamSourceConfig(props);
        filename = config.file();
        topic = config.topic();
        batchSize = config.batchSize();
        partition = Collections.singletonMap(FILENAME_FIELD, filename);
        stopping = false;
        if (filename == null) {
            // positions of standard input cannot be resumed, so they are neither read nor tracked
            stream = System.in;
            reader = new LineReader(System.in, 0, true);
        }
    }

    @Override
    public List<SourceRecord> poll() throws InterruptedException {
        if (reader == null && !open()) {
            return null;
        }
        try {
            return readBatch();
        } catch (IOException e) {
            if (stopping) {
                // stop() closed the stream under a running poll: not a failure
                return null;
            }
            throw new ConnectException("Error while reading " + displayName(), e);
        }
    }

    @Override
    public void stop() {
        stopping = true;
        synchronized (idle) {
            idle.notifyAll();
        }
        InputStream in = stream;
        if (in != null && in != System.in) {
            closeQuietly(in);
        }
    }

    private List<SourceRecord> readBatch() throws IOException, InterruptedException {
        List<SourceRecord> records = null;
        boolean readAny = false;
        // one clock read per batch: the lines of a batch are read within microseconds of each other
        long timestamp = time.milliseconds();
        while (!stopping) {
            for (String line = reader.nextLine(); line != null; line = reader.nextLine()) {
                if (records == null) {
                    records = new ArrayList<>(Math.min(batchSize, 1024));
                }
                records.add(toRecord(line, timestamp));
                if (records.size() >= batchSize) {
                    return records;
                }
            }
            if (reader.fill() <= 0) {
                break;
            }
            readAny = true;
            timestamp = time.milliseconds();
        }
        if (records == null && !readAny) {
            awaitData();
        }
        return records;
    }

    private SourceRecord toRecord(String line, long timestamp) {
        Long position = filename == null ? null : reader.position();
        return new SourceRecord(partition, Collections.singletonMap(POSITION_FIELD, position), topic, null,
                null, null, Schema.STRING_SCHEMA, line, timestamp);
    }

    /** Opens the file at its committed position; {@code false} (after a wait) while it does not exist. */
    private boolean open() throws InterruptedException {
        Path path = Paths.get(filename);
        FileChannel channel;
        try {
            channel = FileChannel.open(path, StandardOpenOption.READ);
        } catch (NoSuchFileException e) {
            LOG.log(System.Logger.Level.WARNING,
                    "Couldn''t find file {0} for FileStreamSourceTask, sleeping to wait for it to be created", filename);
            awaitData();
            return false;
        } catch (IOException e) {
            throw new ConnectException("Error while trying to open file " + filename, e);
        }
        try {
            long position = committedPosition();
            seek(channel, position);
            InputStream in = Channels.newInputStream(channel);
            stream = in;
            // a named pipe blocks on read where a regular file ends
            reader = new LineReader(in, position, !Files.isRegularFile(path));
            LOG.log(System.Logger.Level.DEBUG, "Opened {0} for reading at byte {1}", filename, position);
            return true;
        } catch (IOException | RuntimeException e) {
            closeQuietly(channel);
            throw e instanceof ConnectException ce ? ce : new ConnectException("Error while trying to seek in file " + filename, e);
        }
    }

    private long committedPosition() {
        Map<String, Object> offset = context.offsetStorageReader().offset(partition);
        Object position = offset == null ? null : offset.get(POSITION_FIELD);
        if (position == null) {
            return 0L;
        }
        if (!(position instanceof Long)) {
            throw new ConnectException("Offset position is the incorrect type");
        }
        return (Long) position;
    }

    /** Positions the channel in O(1), where Apache's task skips through the stream. */
    private void seek(FileChannel channel, long position) throws IOException {
        if (position > channel.size()) {
            // Apache's task spins here forever; failing tells the operator to reset the offset.
            throw new ConnectException("Cannot resume " + filename + " at byte " + position
                    + ": the file is shorter than the committed offset (was it truncated or replaced?)");
        }
        channel.position(position);
    }

    private void awaitData() throws InterruptedException {
        synchronized (idle) {
            if (!stopping) {
                idle.wait(idleWaitMs);
            }
        }
    }

    private String displayName() {
        return filename == null ? "stdin" : filename;
    }

    private static void closeQuietly(Closeable in) {
        try {
            in.close();
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "Failed to close FileStreamSourceTask stream", e);
        }
    }
}
