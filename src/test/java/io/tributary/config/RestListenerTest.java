package io.tributary.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.apache.kafka.common.config.ConfigException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RestListenerTest {

    @Test
    void nothingConfiguredMeansApacheDefaultOnAllInterfaces() {
        // when
        RestListener listener = RestListener.of(null, null);
        // then
        assertThat(listener).isEqualTo(new RestListener("0.0.0.0", 8083));
    }

    @Test
    void restPortIsUsedWhenListenersIsUnset() {
        // when
        RestListener listener = RestListener.of(null, 9000);
        // then
        assertThat(listener).isEqualTo(new RestListener("0.0.0.0", 9000));
    }

    @Test
    void listenersWinsOverRestPort() {
        // when
        RestListener listener = RestListener.of(List.of("http://127.0.0.1:8084"), 9000);
        // then
        assertThat(listener).isEqualTo(new RestListener("127.0.0.1", 8084));
    }

    @Test
    void listenerWithoutHostBindsAllInterfaces() {
        // when: Apache's own default spelling
        RestListener listener = RestListener.of(List.of("http://:8083"), null);
        // then
        assertThat(listener).isEqualTo(new RestListener("0.0.0.0", 8083));
    }

    @Test
    void firstListenerIsTheOneServed() {
        // when
        RestListener listener = RestListener.of(List.of(" http://localhost:8085 ", "http://:8086"), null);
        // then
        assertThat(listener).isEqualTo(new RestListener("localhost", 8085));
    }

    @Test
    void emptyListenersFallsBackToRestPort() {
        // when
        RestListener listener = RestListener.of(List.of(), 8090);
        // then
        assertThat(listener.port()).isEqualTo(8090);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ftp://x", "https://:8443", "http://host", "http://host:abc", "http://host:70000",
            "not a uri"})
    void unusableListenerIsAConfigErrorNamingListeners(String value) {
        // when / then
        assertThatThrownBy(() -> RestListener.of(List.of(value), null))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("listeners")
                .hasMessageContaining(value);
    }
}
