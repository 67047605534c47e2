package org.plenary.core.backtest;

import org.plenary.core.protocol.Outcome;

/**
 * Which of the protocol's outcomes an observed outcome class is scored as. The one place to change
 * when the protocol learns a class it cannot produce today.
 *
 * <p>The protocol has no consensus with reservations yet: such an outcome is scored as
 * {@link Outcome#CONSENSUS}, with a note saying so.
 */
public final class OutcomeMapping {

    private OutcomeMapping() {
    }

    /** The protocol outcome that counts as a hit for {@code observed}. */
    public static Outcome modelled(ObservedOutcome observed) {
        return switch (observed) {
            case CONSENSUS, CONSENSUS_WITH_RESERVATIONS -> Outcome.CONSENSUS;
            case ADOPTED_BY_VOTE -> Outcome.ADOPTED_BY_VOTE;
            case NO_AGREEMENT -> Outcome.NO_AGREEMENT;
        };
    }

    /** Why the scored class differs from the observed one, or the empty text when it does not. */
    public static String note(ObservedOutcome observed) {
        return observed == ObservedOutcome.CONSENSUS_WITH_RESERVATIONS
                ? "scored as consensus: the protocol does not yet model reservations" : "";
    }
}
