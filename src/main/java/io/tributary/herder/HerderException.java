package io.tributary.herder;

/**
 * A request the herder refuses, with the HTTP status Apache answers for it. The REST layer's one
 * exception mapper turns it into Apache's {@code {"error_code":N,"message":"..."}} body.
 */
public class HerderException extends RuntimeException {

    private final int status;

    public HerderException(int status, String message) {
        super(message);
        this.status = status;
    }

    public HerderException(int status, String message, Throwable cause) {
        super(message, cause);
        this.status = status;
    }

    public int status() {
        return status;
    }

    /** 404: no such connector, task or plugin. */
    public static HerderException notFound(String message) {
        return new HerderException(404, message);
    }

    /** 409: the connector exists already, or the request conflicts with its state. */
    public static HerderException conflict(String message) {
        return new HerderException(409, message);
    }

    /** 400: the request itself is wrong (invalid configuration, bad values). */
    public static HerderException badRequest(String message) {
        return new HerderException(400, message);
    }
}
