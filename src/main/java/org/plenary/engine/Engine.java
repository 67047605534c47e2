package org.plenary.engine;

import java.util.List;

import org.plenary.core.model.Scenario;
import org.plenary.core.protocol.Negotiation;
import org.plenary.core.protocol.NegotiationRun;
import org.plenary.core.protocol.Outcome;
import org.plenary.core.protocol.RoundListener;
import org.plenary.core.protocol.RunResult;
import org.plenary.core.protocol.Transcript;

/**
 * Something that plays the protocol of DESIGN §2 on a scenario. Every engine calls the same core
 * decision code with the same keyed streams, so for a given (scenario, seed, run) all engines give
 * the same result.
 */
public interface Engine extends AutoCloseable {

    /** Short name used on the command line ({@code local}, {@code jade}). */
    String name();

    /**
     * Plays run {@code run} of {@code seed} on {@code play}'s negotiation (possibly with inputs
     * redrawn by a Monte Carlo worker), leaving the result in {@code play}'s accessors.
     *
     * @param listener told of each round, or {@code null}
     */
    Outcome play(NegotiationRun play, long seed, long run, RoundListener listener);

    /**
     * Whether {@link #play} may be called from several threads at once. An engine that answers
     * {@code false} plays runs one after another; results do not depend on it.
     */
    default boolean concurrent() {
        return true;
    }

    /**
     * Plays run {@code run} of {@code seed} on the scenario as it is.
     *
     * @param transcript whether to record every round
     */
    default RunResult negotiate(Scenario scenario, long seed, long run, boolean transcript) {
        NegotiationRun play = new NegotiationRun(new Negotiation(scenario));
        Transcript t = transcript ? new Transcript(play.negotiation()) : null;
        play(play, seed, run, t);
        return play.result(t == null ? List.of() : t.rounds());
    }

    /** Releases whatever the engine holds (threads, platforms); the default holds nothing. */
    @Override
    default void close() {
    }
}
