package io.tributary.isolation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Which classes a plugin may bring its own copy of (Apache's PluginUtils rules). */
class ClassIsolationTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "java.lang.String", "javax.sql.DataSource", "javax.xml.parsers.SAXParser", "javax.management.ObjectName",
        "org.w3c.dom.Node", "org.xml.sax.Parser", "org.slf4j.Logger",
        "org.apache.kafka.connect.source.SourceConnector", "org.apache.kafka.connect.data.Struct",
        "org.apache.kafka.connect.storage.Converter", "org.apache.kafka.connect.storage.HeaderConverter",
        "org.apache.kafka.connect.transforms.Transformation", "org.apache.kafka.connect.transforms.predicates.Predicate",
        "org.apache.kafka.connect.connector.policy.ConnectorClientConfigOverridePolicy",
        "org.apache.kafka.connect.connector.policy.ConnectorClientConfigRequest$ClientType",
        "org.apache.kafka.common.config.provider.ConfigProvider", "org.apache.kafka.common.config.ConfigDef",
        "org.apache.kafka.clients.producer.KafkaProducer"})
    void sharedWithTheRuntime(String className) {
        assertThat(ClassIsolation.childFirst(className)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "com.example.MyConnector", "com.fasterxml.jackson.databind.ObjectMapper", "javax.money.MonetaryAmount",
        "jakarta.ws.rs.core.Response", "io.tributary.isolation.fixture.Conflict",
        "org.apache.kafka.connect.json.JsonConverter", "org.apache.kafka.connect.file.FileStreamSourceConnector",
        "org.apache.kafka.connect.converters.ByteArrayConverter", "org.apache.kafka.connect.storage.StringConverter",
        "org.apache.kafka.connect.storage.SimpleHeaderConverter",
        "org.apache.kafka.connect.transforms.InsertField$Value", "org.apache.kafka.connect.transforms.util.SimpleConfig",
        "org.apache.kafka.connect.transforms.predicates.HasHeaderKey",
        "org.apache.kafka.connect.mirror.MirrorSourceConnector",
        "org.apache.kafka.connect.connector.policy.AllConnectorClientConfigOverridePolicy",
        "org.apache.kafka.connect.rest.basic.auth.extension.BasicAuthSecurityRestExtension",
        "org.apache.kafka.common.config.provider.FileConfigProvider"})
    void loadedFromThePluginFirst(String className) {
        assertThat(ClassIsolation.childFirst(className)).isTrue();
    }
}
