package io.tributary.broker;

/** The embedded broker could not start for a reason the user can fix (port taken, unusable directory). */
public final class BrokerStartException extends RuntimeException {

    public BrokerStartException(String message, Throwable cause) {
        super(message, cause);
    }
}
