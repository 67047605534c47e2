package org.plenary.engine.jade;

import org.plenary.core.protocol.Negotiation;

/**
 * What a delegation agent is told before a run (handed over object-to-agent, as a capital
 * instructs its delegation): its preferences (row {@code index} of the negotiation, which it
 * reads and nobody changes during the run), the run's seed and index for its own random streams,
 * and the conversation the run's messages carry.
 */
record Brief(Negotiation negotiation, int index, long seed, long run, String conversation) {
}
