package io.tributary.cli;

/** The command line cannot be run as given; the message is one line meant for the user. */
public final class UsageException extends RuntimeException {

    public UsageException(String message) {
        super(message);
    }
}
