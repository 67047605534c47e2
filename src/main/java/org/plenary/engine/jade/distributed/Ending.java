package org.plenary.engine.jade.distributed;

/**
 * How a worker ended.
 *
 * @param code    0 dismissed after the work was done, 1 the coordinator or its platform is gone or
 *                failed, 2 refused (wrong token, another version, another job)
 * @param message one line saying why
 */
public record Ending(int code, String message) {

    /** Dismissed by the coordinator. */
    public static final int DISMISSED = 0;
    /** The coordinator is gone. */
    public static final int GONE = 1;
    /** Refused at join. */
    public static final int REFUSED = 2;
}
