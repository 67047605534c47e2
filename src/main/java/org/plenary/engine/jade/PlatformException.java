package org.plenary.engine.jade;

/** The JADE platform could not be started, used or shut down. */
public final class PlatformException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** A platform failure with its cause. */
    public PlatformException(String message, Throwable cause) {
        super(message, cause);
    }

    /** A platform failure. */
    public PlatformException(String message) {
        super(message);
    }
}
