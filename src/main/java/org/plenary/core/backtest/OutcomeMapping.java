package org.plenary.core.backtest;

import org.plenary.core.protocol.Outcome;

/**
 * Which of the protocol's outcomes an observed outcome class is scored as. The one place to change
 * when the observed classes and the protocol's outcomes part ways.
 *
 * <p>Every observed class is now an outcome of its own: a consensus with reservations is scored
 * as {@link Outcome#CONSENSUS_WITH_RESERVATIONS}, so a run ending in plain consensus is a miss for
 * it (and the reverse), as the general-assembly forum can produce both. The protocol's
 * {@link Outcome#CHAIR_SUMMARY} has no observed class: a forecast of it is always a miss.
 */
public final class OutcomeMapping {

    private OutcomeMapping() {
    }

    /** The protocol outcome that counts as a hit for {@code observed}. */
    public static Outcome modelled(ObservedOutcome observed) {
        return switch (observed) {
            case CONSENSUS -> Outcome.CONSENSUS;
            case CONSENSUS_WITH_RESERVATIONS -> Outcome.CONSENSUS_WITH_RESERVATIONS;
            case ADOPTED_BY_VOTE -> Outcome.ADOPTED_BY_VOTE;
            case NO_AGREEMENT -> Outcome.NO_AGREEMENT;
        };
    }

    /**
     * Why the scored class differs from the observed one, or the empty text when it does not;
     * since every observed class has its own outcome, always empty (kept for the backtest's
     * output, which prints a note when there is one).
     */
    public static String note(ObservedOutcome observed) {
        return "";
    }
}
