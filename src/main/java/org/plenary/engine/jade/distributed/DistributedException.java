package org.plenary.engine.jade.distributed;

/** A distributed run cannot go on: a worker could not compute a unit, or the platform failed. */
public final class DistributedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** The failure, in one line. */
    public DistributedException(String message) {
        super(message);
    }
}
