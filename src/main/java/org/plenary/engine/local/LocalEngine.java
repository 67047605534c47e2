package org.plenary.engine.local;

import java.util.List;

import org.plenary.core.model.Scenario;
import org.plenary.core.protocol.Negotiation;
import org.plenary.core.protocol.NegotiationRun;
import org.plenary.core.protocol.RunResult;
import org.plenary.core.protocol.Transcript;
import org.plenary.engine.Engine;

/** The in-process engine: plays the protocol directly on the calling thread. */
public final class LocalEngine implements Engine {

    @Override
    public String name() {
        return "local";
    }

    @Override
    public RunResult negotiate(Scenario scenario, long seed, long run, boolean transcript) {
        NegotiationRun play = new NegotiationRun(new Negotiation(scenario));
        if (transcript) {
            return Transcript.record(play, seed, run);
        }
        play.play(seed, run, null);
        return play.result(List.of());
    }
}
