package org.plenary.engine;

import org.plenary.core.model.Scenario;
import org.plenary.core.protocol.RunResult;

/**
 * Something that plays the protocol of DESIGN §2 on a scenario. Every engine calls the same core
 * decision code with the same keyed streams, so for a given (scenario, seed, run) all engines give
 * the same result.
 */
public interface Engine extends AutoCloseable {

    /** Short name used on the command line ({@code local}, {@code jade}). */
    String name();

    /**
     * Plays run {@code run} of {@code seed}.
     *
     * @param transcript whether to record every round
     */
    RunResult negotiate(Scenario scenario, long seed, long run, boolean transcript);

    /** Releases whatever the engine holds (threads, platforms); the default holds nothing. */
    @Override
    default void close() {
    }
}
