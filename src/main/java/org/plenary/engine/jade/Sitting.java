package org.plenary.engine.jade;

import java.util.concurrent.CompletableFuture;

import jade.core.AID;

import org.plenary.core.protocol.NegotiationRun;
import org.plenary.core.protocol.Outcome;
import org.plenary.core.protocol.RoundListener;

/**
 * One run handed to the chair agent: the run to drive, its key, its conversation id, the
 * delegation agents in the order of the negotiation's delegations, and where to report.
 */
record Sitting(NegotiationRun play, long seed, long run, String conversation, AID[] delegations,
               RoundListener listener, CompletableFuture<Outcome> done) {
}
