package io.tributary.rest.error;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Which request targets are refused, and with what message. */
class MalformedUriTest {

    @Test
    void refusesMalformedPercentEncodingInPathAndQuery() {
        // when an escape is not % and two hex digits, then the target is refused with the position
        assertThat(MalformedUri.problem("/connectors/%zz"))
                .isEqualTo("Invalid URI: Malformed escape pair at index 12: /connectors/%zz");
        assertThat(MalformedUri.problem("/connectors/a%")).startsWith("Invalid URI: Malformed escape pair");
        assertThat(MalformedUri.problem("/connectors?expand=%zz")).startsWith("Invalid URI: Malformed escape pair");
        assertThat(MalformedUri.problem(null)).isEqualTo("Missing request URI");
    }

    @Test
    void acceptsWellFormedTargets() {
        // when every escape is well formed, even one that is no UTF-8, then the resources decide
        assertThat(MalformedUri.problem("/connectors/a%20b%2Fc?expand=status&expand=info")).isNull();
        assertThat(MalformedUri.problem("/connectors/%C3%28")).isNull();
        assertThat(MalformedUri.problem("/")).isNull();
    }
}
