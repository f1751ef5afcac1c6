package io.tributary.storage.file;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.ObjectOutputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;

import org.apache.kafka.connect.errors.ConnectException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The standalone offsets file: Apache's format, read at start, rewritten on every write. */
class FileOffsetStoreTest {

    /**
     * The offsets file an Apache Kafka Connect 4.3.1 standalone worker wrote after FileStreamSource read
     * 18 bytes of /tmp/ref-storage/in.txt: a serialised HashMap with one byte[] → byte[] entry.
     */
    private static final byte[] APACHE_FILE = HexFormat.of().parseHex(""
            + "aced0005737200116a6176612e7574696c2e486173684d61700507dac1c31660d103000246000a6c6f6164466163746f"
            + "724900097468726573686f6c6478703f4000000000000c77080000001000000001757200025b42acf317f8060854e002"
            + "000078700000002e5b22737263222c7b2266696c656e616d65223a222f746d702f7265662d73746f726167652f696e2e"
            + "747874227d5d7571007e00020000000f7b22706f736974696f6e223a31387d78");

    private static final Map<String, Object> PARTITION = Map.of("filename", "/tmp/ref-storage/in.txt");

    @TempDir
    Path dir;

    @Test
    void readsAFileWrittenByApache() throws IOException {
        // given Apache's file
        Path file = dir.resolve("connect.offsets");
        Files.write(file, APACHE_FILE);
        // when a store starts on it
        try (FileOffsetStore store = new FileOffsetStore(file)) {
            store.start();
            // then the connector continues where Apache left it
            assertThat(store.offset("src", PARTITION)).isEqualTo(Map.of("position", 18L));
            assertThat(store.offsets("src")).containsOnlyKeys(PARTITION);
        }
    }

    @Test
    void writesTheSameBytesAsApache() throws IOException {
        // given an empty store
        Path file = dir.resolve("new.offsets");
        try (FileOffsetStore store = new FileOffsetStore(file)) {
            store.start();
            // when the same offset is written
            store.write("src", Map.of(PARTITION, Map.of("position", 18))).join();
        }
        // then the file is byte for byte Apache's
        assertThat(Files.readAllBytes(file)).isEqualTo(APACHE_FILE);
    }

    @Test
    void restoresOffsetsWrittenByAPreviousStoreAndAppliesTombstones() {
        // given offsets of two partitions written by one store
        Path file = dir.resolve("round-trip.offsets");
        Map<String, Object> other = Map.of("filename", "/b", "line", 3);
        try (FileOffsetStore first = new FileOffsetStore(file)) {
            first.start();
            first.write("src", Map.of(PARTITION, Map.of("position", 1), other, Map.of("position", 2))).join();
            Map<Map<String, Object>, Map<String, Object>> tombstone = new HashMap<>();
            tombstone.put(other, null);
            first.write("src", tombstone).join();
        }
        // when the next store starts on the same file
        try (FileOffsetStore second = new FileOffsetStore(file)) {
            second.start();
            // then only the surviving partition is there
            assertThat(second.offset("src", PARTITION)).isEqualTo(Map.of("position", 1L));
            assertThat(second.offset("src", other)).isNull();
            assertThat(second.offsets("other-connector")).isEmpty();
        }
    }

    @Test
    void createsTheFilesDirectoryWhenItDoesNotExistYet() {
        // given a file in a directory nobody created
        Path file = dir.resolve("not/yet/there.offsets");
        try (FileOffsetStore store = new FileOffsetStore(file)) {
            store.start();
            // when offsets are written, then they land in the file
            store.write("src", Map.of(PARTITION, Map.of("position", 7))).join();
        }
        assertThat(Files.exists(file)).isTrue();
    }

    @Test
    void startsEmptyWithoutFileAndRefusesForeignObjects() throws IOException {
        // a missing file means no offsets yet
        try (FileOffsetStore store = new FileOffsetStore(dir.resolve("missing.offsets"))) {
            store.start();
            assertThat(store.offsets("src")).isEmpty();
        }
        // a file holding anything but a HashMap of byte arrays is refused, not instantiated
        Path foreign = dir.resolve("foreign.offsets");
        try (OutputStream out = Files.newOutputStream(foreign); ObjectOutputStream objects = new ObjectOutputStream(out)) {
            objects.writeObject(new ArrayList<>(java.util.List.of("x")));
        }
        try (FileOffsetStore store = new FileOffsetStore(foreign)) {
            assertThatThrownBy(store::start).isInstanceOf(ConnectException.class);
        }
    }
}
