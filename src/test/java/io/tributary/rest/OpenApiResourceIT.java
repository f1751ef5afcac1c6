package io.tributary.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.tributary.testkit.SharedBrokerResource;

/**
 * {@code /q/openapi} serves the document that the build wrote, in the formats and with the content
 * types that Quarkus's OpenAPI extension used, so clients of the document see no change.
 * {@link OpenApiIT} checks what the document says.
 */
@QuarkusTest
@QuarkusTestResource(SharedBrokerResource.class)
class OpenApiResourceIT {

    private static final String YAML = "application/yaml;charset=UTF-8";
    private static final String JSON = "application/json;charset=UTF-8";

    @Test
    void yamlByDefault() {
        // when the document is asked for without saying a format
        Response response = given().get("/q/openapi");

        // then it is YAML, titled and versioned as the build wrote it
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.contentType()).isEqualTo(YAML);
        assertThat(response.asString()).startsWith("---\nopenapi: 3.1.0\n").contains("title: Tributary\n");
    }

    @Test
    void jsonWhenTheFormatOrTheAcceptHeaderAsks() {
        // when JSON is asked for by query parameter (any case), Accept header or path suffix
        Response byQuery = given().get("/q/openapi?format=JSON");
        Response byAccept = given().accept("application/json, */*;q=0.5").get("/q/openapi");
        Response bySuffix = given().get("/q/openapi.json");

        // then each answer is the same JSON document
        for (Response response : new Response[] {byQuery, byAccept, bySuffix}) {
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.contentType()).isEqualTo(JSON);
            assertThat(response.jsonPath().getString("info.title")).isEqualTo("Tributary");
        }
        assertThat(byAccept.asString()).isEqualTo(byQuery.asString()).isEqualTo(bySuffix.asString());
    }

    @Test
    void yamlSuffixesWinOverTheAcceptHeader() {
        // when a YAML suffix is asked for with an Accept header that prefers JSON
        for (String path : new String[] {"/q/openapi.yaml", "/q/openapi.yml"}) {
            Response response = given().accept("application/json").get(path);

            // then the answer is YAML
            assertThat(response.statusCode()).as(path).isEqualTo(200);
            assertThat(response.contentType()).as(path).isEqualTo(YAML);
        }
    }

    @Test
    void theDocumentDoesNotDescribeItselfAndQuarkusEndpointsStayReachable() {
        // when the document and Quarkus's own health endpoint under /q are asked for
        String document = given().get("/q/openapi.json").asString();

        // then /q/openapi is not an operation of the document, and /q/health still answers
        assertThat(document).doesNotContain("/q/openapi");
        assertThat(given().get("/q/health/live").statusCode()).isEqualTo(200);
    }
}
