package org.plenary.engine.local;

import org.plenary.core.protocol.NegotiationRun;
import org.plenary.core.protocol.Outcome;
import org.plenary.core.protocol.RoundListener;
import org.plenary.engine.Engine;

/** The in-process engine: plays the protocol directly on the calling thread; any number of threads at once. */
public final class LocalEngine implements Engine {

    @Override
    public String name() {
        return "local";
    }

    @Override
    public Outcome play(NegotiationRun play, long seed, long run, RoundListener listener) {
        return play.play(seed, run, listener);
    }
}
