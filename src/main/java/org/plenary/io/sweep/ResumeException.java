package org.plenary.io.sweep;

/** A results folder that cannot be resumed by this sweep (another specification, or foreign files). */
public final class ResumeException extends Exception {

    private static final long serialVersionUID = 1L;

    /** The folder cannot be resumed, for the reason given. */
    public ResumeException(String message) {
        super(message);
    }
}
