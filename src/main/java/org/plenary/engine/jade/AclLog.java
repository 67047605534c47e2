package org.plenary.engine.jade;

/**
 * Where the JADE engine writes its ACL transcript: one JSON object per message, one line each.
 * Supplied by the caller (the command line writes it to a file). The engine calls it from agent
 * threads but never concurrently.
 */
@FunctionalInterface
public interface AclLog {

    /** Records one message as a JSON line (without the line break). */
    void message(String jsonLine);
}
