package io.tributary.storage.file;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.Map;

import org.apache.kafka.connect.errors.ConnectException;

import io.tributary.logging.TributaryLog;
import io.tributary.storage.memory.MemoryOffsetStore;

/**
 * The standalone worker's offsets ({@code offset.storage.file.filename}), in the file format of Apache's
 * {@code FileOffsetBackingStore}, so that a file moves between Apache Connect and Tributary: one
 * Java-serialised {@code java.util.HashMap<byte[], byte[]>} whose keys and values are the bytes of
 * {@code OffsetKeyCodec} and {@code OffsetCodec} (a null offset removes its entry).
 *
 * <p>The file is read at {@link #start()} (a missing or empty file means no offsets, as in Apache) and
 * rewritten after every write. We write to a sibling temporary file and rename it, so a crash mid-write
 * leaves the previous file intact; the bytes are the same as Apache's. Deserialisation accepts only a
 * HashMap of byte arrays (its table checks Map.Entry[]), so a crafted file cannot instantiate other classes.
 */
public final class FileOffsetStore extends MemoryOffsetStore {

    private static final ObjectInputFilter ONLY_BYTE_MAPS = ObjectInputFilter.Config.createFilter(
            "maxdepth=3;java.util.HashMap;java.util.Map$Entry;[B;!*");

    private final Path file;

    public FileOffsetStore(Path file) {
        this.file = file;
    }

    @Override
    protected Map<byte[], byte[]> load() {
        try (InputStream in = Files.newInputStream(file); ObjectInputStream objects = new ObjectInputStream(in)) {
            objects.setObjectInputFilter(ONLY_BYTE_MAPS);
            Object read = objects.readObject();
            if (!(read instanceof HashMap<?, ?> raw)) {
                throw new ConnectException("Offsets file " + file + " does not hold a HashMap but " + read.getClass());
            }
            Map<byte[], byte[]> offsets = new HashMap<>();
            raw.forEach((key, value) -> offsets.put((byte[]) key, (byte[]) value));
            TributaryLog.LOG.offsetsFileLoaded(file.toString(), offsets.size());
            return offsets;
        } catch (NoSuchFileException | EOFException e) {
            return Map.of(); // a new worker, or an empty file: Apache starts without offsets too
        } catch (IOException | ClassNotFoundException | ClassCastException e) {
            throw new ConnectException("Cannot read offsets file " + file, e);
        }
    }

    @Override
    protected void save(Map<byte[], byte[]> offsets) {
        Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
        try {
            // Apache writes into an existing directory only; creating it spares a silent first failure.
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            try (OutputStream out = Files.newOutputStream(temporary); ObjectOutputStream objects = new ObjectOutputStream(out)) {
                objects.writeObject(filledByPut(offsets));
            }
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write offsets file " + file, e);
        }
    }

    /**
     * A new HashMap filled entry by entry, as Apache fills the one it serialises: the stream records the
     * table's capacity and threshold, and a copy constructor would size them differently.
     */
    private static HashMap<byte[], byte[]> filledByPut(Map<byte[], byte[]> offsets) {
        HashMap<byte[], byte[]> raw = new HashMap<>();
        for (Map.Entry<byte[], byte[]> entry : offsets.entrySet()) {
            raw.put(entry.getKey(), entry.getValue());
        }
        return raw;
    }
}
