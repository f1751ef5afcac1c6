package io.tributary.rest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OpenApiDocumentFilterTest {

    @Test
    void summariesAreTheMethodNamesInWords() {
        // when method names become summaries, then each capital after a lower-case letter starts a word
        assertThat(OpenApiDocumentFilter.summary("list")).isEqualTo("List");
        assertThat(OpenApiDocumentFilter.summary("serverInfo")).isEqualTo("Server Info");
        assertThat(OpenApiDocumentFilter.summary("restartTask")).isEqualTo("Restart Task");
        assertThat(OpenApiDocumentFilter.summary("alterOffsets")).isEqualTo("Alter Offsets");
    }
}
