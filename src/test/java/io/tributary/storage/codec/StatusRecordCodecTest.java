package io.tributary.storage.codec;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import io.tributary.storage.ConnectorState;
import io.tributary.storage.ConnectorTaskId;
import io.tributary.storage.Status;
import io.tributary.storage.codec.StatusRecordCodec.Subject;

/**
 * Golden bytes of the status topic, read from the status topic of a real Apache Kafka Connect 4.3.1
 * distributed worker (worker id 127.0.0.1:18083).
 */
class StatusRecordCodecTest {

    private static final String WORKER = "127.0.0.1:18083";

    // The trace of a FileStreamSinkTask that failed in start(), as Apache stored it...
    private static final String TRACE = "org.apache.kafka.connect.errors.ConnectException: Couldn't find or create file '/proc/nope/x' for FileStreamSinkTask\n"
            + "\tat org.apache.kafka.connect.file.FileStreamSinkTask.start(FileStreamSinkTask.java:74)\n"
            + "\tat org.apache.kafka.connect.runtime.WorkerSinkTask.initializeAndStart(WorkerSinkTask.java:338)\n"
            + "\tat org.apache.kafka.connect.runtime.WorkerTask.doStart(WorkerTask.java:191)\n"
            + "\tat org.apache.kafka.connect.runtime.WorkerTask.doRun(WorkerTask.java:242)\n"
            + "\tat org.apache.kafka.connect.runtime.WorkerTask.run(WorkerTask.java:298)\n"
            + "\tat org.apache.kafka.connect.runtime.isolation.Plugins.lambda$withClassLoader$0(Plugins.java:252)\n"
            + "\tat java.base/java.util.concurrent.Executors$RunnableAdapter.call(Executors.java:539)\n"
            + "\tat java.base/java.util.concurrent.FutureTask.run(FutureTask.java:264)\n"
            + "\tat java.base/java.util.concurrent.ThreadPoolExecutor.runWorker(ThreadPoolExecutor.java:1136)\n"
            + "\tat java.base/java.util.concurrent.ThreadPoolExecutor$Worker.run(ThreadPoolExecutor.java:635)\n"
            + "\tat java.base/java.lang.Thread.run(Thread.java:840)\n"
            + "Caused by: java.nio.file.NoSuchFileException: /proc/nope/x\n"
            + "\tat java.base/sun.nio.fs.UnixException.translateToIOException(UnixException.java:92)\n"
            + "\tat java.base/sun.nio.fs.UnixException.rethrowAsIOException(UnixException.java:106)\n"
            + "\tat java.base/sun.nio.fs.UnixException.rethrowAsIOException(UnixException.java:111)\n"
            + "\tat java.base/sun.nio.fs.UnixFileSystemProvider.newByteChannel(UnixFileSystemProvider.java:218)\n"
            + "\tat java.base/java.nio.file.spi.FileSystemProvider.newOutputStream(FileSystemProvider.java:484)\n"
            + "\tat java.base/java.nio.file.Files.newOutputStream(Files.java:228)\n"
            + "\tat org.apache.kafka.connect.file.FileStreamSinkTask.start(FileStreamSinkTask.java:70)\n"
            + "\t... 10 more\n";
    // ...and the same trace JSON-escaped inside Apache's record.
    private static final String TRACE_JSON = "org.apache.kafka.connect.errors.ConnectException: Couldn't find or create file '/proc/nope/x' for FileStreamSinkTask\\n"
            + "\\tat org.apache.kafka.connect.file.FileStreamSinkTask.start(FileStreamSinkTask.java:74)\\n"
            + "\\tat org.apache.kafka.connect.runtime.WorkerSinkTask.initializeAndStart(WorkerSinkTask.java:338)\\n"
            + "\\tat org.apache.kafka.connect.runtime.WorkerTask.doStart(WorkerTask.java:191)\\n"
            + "\\tat org.apache.kafka.connect.runtime.WorkerTask.doRun(WorkerTask.java:242)\\n"
            + "\\tat org.apache.kafka.connect.runtime.WorkerTask.run(WorkerTask.java:298)\\n"
            + "\\tat org.apache.kafka.connect.runtime.isolation.Plugins.lambda$withClassLoader$0(Plugins.java:252)\\n"
            + "\\tat java.base/java.util.concurrent.Executors$RunnableAdapter.call(Executors.java:539)\\n"
            + "\\tat java.base/java.util.concurrent.FutureTask.run(FutureTask.java:264)\\n"
            + "\\tat java.base/java.util.concurrent.ThreadPoolExecutor.runWorker(ThreadPoolExecutor.java:1136)\\n"
            + "\\tat java.base/java.util.concurrent.ThreadPoolExecutor$Worker.run(ThreadPoolExecutor.java:635)\\n"
            + "\\tat java.base/java.lang.Thread.run(Thread.java:840)\\n"
            + "Caused by: java.nio.file.NoSuchFileException: /proc/nope/x\\n"
            + "\\tat java.base/sun.nio.fs.UnixException.translateToIOException(UnixException.java:92)\\n"
            + "\\tat java.base/sun.nio.fs.UnixException.rethrowAsIOException(UnixException.java:106)\\n"
            + "\\tat java.base/sun.nio.fs.UnixException.rethrowAsIOException(UnixException.java:111)\\n"
            + "\\tat java.base/sun.nio.fs.UnixFileSystemProvider.newByteChannel(UnixFileSystemProvider.java:218)\\n"
            + "\\tat java.base/java.nio.file.spi.FileSystemProvider.newOutputStream(FileSystemProvider.java:484)\\n"
            + "\\tat java.base/java.nio.file.Files.newOutputStream(Files.java:228)\\n"
            + "\\tat org.apache.kafka.connect.file.FileStreamSinkTask.start(FileStreamSinkTask.java:70)\\n"
            + "\\t... 10 more\\n";

    @Test
    void encodesConnectorStatusAsApacheDoes() {
        // given a running connector's status with its plugin version
        Status status = Status.connector("src", ConnectorState.RUNNING, null, WORKER, 2).withVersion("4.3.1");
        // then key and value are Apache's bytes
        assertThat(StatusRecordCodec.keyBytes(StatusRecordCodec.key(status)))
                .isEqualTo(ConfigRecordCodecTest.bytes("status-connector-src"));
        assertThat(StatusRecordCodec.encode(status)).isEqualTo(ConfigRecordCodecTest.bytes(
                "{\"state\":\"RUNNING\",\"trace\":null,\"worker_id\":\"127.0.0.1:18083\",\"generation\":2,\"version\":\"4.3.1\"}"));
    }

    @Test
    void encodesTaskStatusWithoutVersionAsApacheDoes() {
        Status status = Status.task(new ConnectorTaskId("src", 0), ConnectorState.UNASSIGNED, null, WORKER, 3);
        assertThat(StatusRecordCodec.key(status)).isEqualTo("status-task-src-0");
        assertThat(StatusRecordCodec.encode(status)).isEqualTo(ConfigRecordCodecTest.bytes(
                "{\"state\":\"UNASSIGNED\",\"trace\":null,\"worker_id\":\"127.0.0.1:18083\",\"generation\":3,\"version\":null}"));
    }

    @Test
    void encodesFailedTaskWithTraceAsApacheDoes() {
        // given a failed task with a multi-line stack trace
        Status status = Status.task(new ConnectorTaskId("bad", 0), ConnectorState.FAILED, TRACE, WORKER, 13)
                .withVersion("4.3.1");
        // then newlines, tabs and quotes are escaped exactly as Apache escapes them
        String expected = "{\"state\":\"FAILED\",\"trace\":\"" + TRACE_JSON
                + "\",\"worker_id\":\"127.0.0.1:18083\",\"generation\":13,\"version\":\"4.3.1\"}";
        assertThat(StatusRecordCodec.encode(status)).isEqualTo(ConfigRecordCodecTest.bytes(expected));
        // and it decodes back to the same status
        Subject subject = StatusRecordCodec.parseKey("status-task-bad-0");
        assertThat(StatusRecordCodec.decode(subject, ConfigRecordCodecTest.bytes(expected))).isEqualTo(status);
    }

    @Test
    void writesDestroyedAsTombstone() {
        assertThat(StatusRecordCodec.encode(Status.connector("x", ConnectorState.DESTROYED, null, WORKER, 1))).isNull();
    }

    @Test
    void parsesKeysAndSkipsWhatItDoesNotModel() {
        assertThat(StatusRecordCodec.parseKey("status-connector-my-conn")).isEqualTo(new Subject("my-conn", null));
        assertThat(StatusRecordCodec.parseKey("status-task-my-conn-3")).isEqualTo(new Subject("my-conn", 3));
        assertThat(StatusRecordCodec.parseKey("status-topic-ref-out:connector-src")).isNull();
        assertThat(StatusRecordCodec.parseKey("status-task-nonumber")).isNull();
    }

    @Test
    void decodesRecordsOfOlderWorkersAndSkipsMalformedOnes() {
        // a record written before Apache 4.x has no version
        Status old = StatusRecordCodec.decode(new Subject("c", null), ConfigRecordCodecTest.bytes(
                "{\"state\":\"PAUSED\",\"trace\":null,\"worker_id\":\"w:1\",\"generation\":7}"));
        assertThat(old).isEqualTo(Status.connector("c", ConnectorState.PAUSED, null, "w:1", 7));
        assertThat(StatusRecordCodec.decode(new Subject("c", null), ConfigRecordCodecTest.bytes("{\"state\":\"NOPE\"}")))
                .isNull();
    }
}
