package io.tributary.worker;

import org.apache.kafka.connect.errors.ConnectException;

/**
 * Offsets given to alter a connector's offsets (KIP-875) that are malformed, or that the connector's
 * own {@code alterOffsets} rejected. The herder answers 400 with the message: it is the caller's
 * input that is wrong, where Apache answers some of these cases with 500.
 */
public final class InvalidOffsetsException extends ConnectException {

    public InvalidOffsetsException(String message) {
        super(message);
    }

    public InvalidOffsetsException(String message, Throwable cause) {
        super(message, cause);
    }
}
