package io.tributary.logging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.atomic.AtomicLong;

import org.jboss.logmanager.LogContext;
import org.junit.jupiter.api.Test;

class LoggersTest {

    private final AtomicLong clock = new AtomicLong(1000);
    private final Loggers loggers = new Loggers(LogContext.create(), clock::get);

    @Test
    void settingANamespaceSetsKnownChildrenAndRecordsTheTime() {
        // given a child logger at DEBUG
        assertThat(loggers.setLevel("a.b.c", "DEBUG")).containsExactly("a.b.c");

        // when its parent namespace is set to warn (any case)
        clock.set(2000);
        assertThat(loggers.setLevel("a.b", "warn")).containsExactly("a.b", "a.b.c");

        // then both show WARN with the time of the change
        assertThat(loggers.level("a.b.c")).contains(new Loggers.LoggerLevel("WARN", 2000L));
        assertThat(loggers.allLevels()).containsKeys("root", "a.b", "a.b.c");
    }

    @Test
    void aLoggerSetHereStaysListedAfterGarbageCollection() throws InterruptedException {
        // given loggers that no class holds, set through the REST path
        loggers.setLevel("held.only.here.child", "DEBUG");
        loggers.setLevel("held.only.here", "TRACE");

        // when the JVM collects garbage (the log context holds its loggers weakly)
        for (int i = 0; i < 5; i++) {
            System.gc();
            Thread.sleep(20);
        }

        // then they are still listed with their levels, and a parent change still reaches the child
        assertThat(loggers.allLevels()).containsKeys("held.only.here", "held.only.here.child");
        assertThat(loggers.level("held.only.here.child").map(Loggers.LoggerLevel::level)).contains("TRACE");
        assertThat(loggers.setLevel("held.only", "WARN")).contains("held.only.here", "held.only.here.child");
    }

    @Test
    void unknownLoggersAndInvalidLevels() {
        // when a logger was never created, then it has no level; an invalid level is refused
        assertThat(loggers.level("never.created")).isEmpty();
        assertThatThrownBy(() -> loggers.setLevel("x", "LOUD")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("invalid log level 'LOUD'.");
        assertThat(Loggers.isLevel("trace")).isTrue();
    }

    @Test
    void levelValuesMapToLog4jNames() {
        // when JUL/JBoss level values are named, then the Log4j names come out
        assertThat(Loggers.nameOf(java.util.logging.Level.OFF.intValue())).isEqualTo("OFF");
        assertThat(Loggers.nameOf(org.jboss.logmanager.Level.INFO.intValue())).isEqualTo("INFO");
        assertThat(Loggers.nameOf(java.util.logging.Level.FINE.intValue())).isEqualTo("DEBUG");
        assertThat(Loggers.nameOf(java.util.logging.Level.ALL.intValue())).isEqualTo("ALL");
    }
}
