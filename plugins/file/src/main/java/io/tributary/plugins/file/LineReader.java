package io.tributary.plugins.file;

import java.io.IOException;
import java.io.InputStream;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/**
 * Splits a growing byte stream into lines without ever blocking, and tracks the byte position
 * just after the last line it returned.
 *
 * <p>Lines end at {@code \n}, {@code \r} or {@code \r\n}, as in Apache's FileStreamSourceTask. A
 * line is returned only once its terminator has been read; a {@code \r} at the end of the buffered
 * data is held back until the next byte shows whether it is followed by {@code \n}. Lines are
 * decoded as UTF-8 (malformed bytes become U+FFFD, as with {@code InputStreamReader}).
 *
 * <p>Why bytes and not a {@code Reader}: the terminator bytes never occur inside a UTF-8
 * multi-byte sequence, so scanning bytes is exact and lets the position be a true byte count,
 * which is what a resumed task skips. Reads are {@value #INITIAL_CAPACITY} bytes or more at a time;
 * the buffer doubles only when one line does not fit. The search for a terminator looks at eight
 * bytes at a time: it was the largest single cost of a file source's task thread.
 *
 * <p>Threading: used by the task thread only. Closing the stream from another thread makes the
 * next {@link #fill()} fail with an {@link IOException}.
 */
final class LineReader {

    static final int INITIAL_CAPACITY = 64 * 1024;

    /** Reads eight bytes of the buffer as one little-endian long: byte {@code i} is bits {@code 8i..8i+7}. */
    private static final VarHandle WORDS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long ONES = 0x0101010101010101L;
    private static final long HIGH_BITS = 0x8080808080808080L;
    private static final long LINE_FEEDS = ONES * '\n';
    private static final long CARRIAGE_RETURNS = ONES * '\r';

    private final InputStream in;
    /** Whether a read may block (standard input, a pipe): then only what {@code available()} reports is read. */
    private final boolean mayBlock;
    private byte[] buffer;
    /** First byte not yet returned as part of a line. */
    private int start;
    /** End of the valid bytes in {@link #buffer}. */
    private int end;
    /** Where the terminator search resumes, so that a long partial line is not scanned twice. */
    private int scanFrom;
    /** Stream position of {@link #start}. */
    private long position;

    /**
     * @param in the stream, already positioned at {@code position}
     * @param position the byte position of the stream's next byte (0 for a fresh file)
     * @param mayBlock whether a read of {@code in} may block; a regular file's never does (it ends
     *                 at the end of the file), and asking it {@code available()} first costs two
     *                 system calls per read
     */
    LineReader(InputStream in, long position, boolean mayBlock) {
        this(in, position, mayBlock, INITIAL_CAPACITY);
    }

    // visible for testing: a small capacity exercises compaction and growth
    LineReader(InputStream in, long position, boolean mayBlock, int initialCapacity) {
        this.in = in;
        this.position = position;
        this.mayBlock = mayBlock;
        this.buffer = new byte[initialCapacity];
    }

    /** The byte position just after the last line returned by {@link #nextLine()}. */
    long position() {
        return position;
    }

    /**
     * Returns the next complete buffered line, without its terminator, or {@code null} when the
     * buffer holds no complete line (call {@link #fill()} then).
     */
    String nextLine() {
        int i = terminatorFrom(scanFrom);
        if (i < 0) {
            scanFrom = end;
            return null;
        }
        if (buffer[i] == '\n') {
            return take(i, i + 1);
        }
        if (i + 1 == end) {
            // \r might be the first half of \r\n: wait for the next byte
            scanFrom = i;
            return null;
        }
        return take(i, buffer[i + 1] == '\n' ? i + 2 : i + 1);
    }

    /** The index of the first {@code \n} or {@code \r} in {@code [from, end)}, or -1. */
    private int terminatorFrom(int from) {
        int i = from;
        for (; i + Long.BYTES <= end; i += Long.BYTES) {
            long word = (long) WORDS.get(buffer, i);
            long terminators = zeroBytes(word ^ LINE_FEEDS) | zeroBytes(word ^ CARRIAGE_RETURNS);
            if (terminators != 0) {
                return i + (Long.numberOfTrailingZeros(terminators) >>> 3);
            }
        }
        for (; i < end; i++) {
            if (buffer[i] == '\n' || buffer[i] == '\r') {
                return i;
            }
        }
        return -1;
    }

    /**
     * Sets the high bit of every zero byte of {@code x}. A borrow can also mark a byte above a zero
     * byte, never one below it, so the lowest mark is always exact, and only the lowest is used.
     * Bytes of 0x80 and above (UTF-8 multi-byte sequences) are never marked.
     */
    private static long zeroBytes(long x) {
        return (x - ONES) & ~x & HIGH_BITS;
    }

    /**
     * Reads the bytes the stream can give without blocking.
     *
     * @return the number of bytes read; 0 if none are available now; -1 at end of stream
     */
    int fill() throws IOException {
        if (mayBlock && in.available() <= 0) {
            // Only a stream that cannot be asked (or has nothing) lands here; never block on it,
            // since poll() must return for stop() and pause to take effect.
            return 0;
        }
        makeRoom();
        int read = in.read(buffer, end, buffer.length - end);
        if (read > 0) {
            end += read;
        }
        return read;
    }

    private String take(int lineEnd, int next) {
        String line = new String(buffer, start, lineEnd - start, StandardCharsets.UTF_8);
        position += next - start;
        start = next;
        scanFrom = next;
        if (start == end) {
            // everything consumed: restart at the front so that no compaction copy is needed
            start = 0;
            end = 0;
            scanFrom = 0;
        }
        return line;
    }

    /**
     * Keeps reads large: moves the pending partial line to the front once the free tail is less
     * than half the buffer, and doubles the buffer only when one partial line fills all of it.
     */
    private void makeRoom() {
        if (start > 0 && buffer.length - end < buffer.length / 2) {
            int pending = end - start;
            System.arraycopy(buffer, start, buffer, 0, pending);
            scanFrom -= start;
            start = 0;
            end = pending;
        }
        if (end == buffer.length) {
            byte[] larger = new byte[Math.multiplyExact(buffer.length, 2)];
            System.arraycopy(buffer, 0, larger, 0, end);
            buffer = larger;
        }
    }

    // visible for testing
    int capacity() {
        return buffer.length;
    }
}
