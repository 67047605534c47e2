package org.plenary.core.protocol;

/**
 * When a result hangs on a small margin: a text was adopted (or issued) and some delegation that
 * accepted it is within {@link #SMALL_MARGIN} of preferring no text at all. A small change in that
 * delegation's preferences would then turn its acceptance into an objection.
 */
public final class Fragility {

    /** Margins U(final text) − BATNA below this, in utility (the scale runs from 0 to 1), count as small. */
    public static final double SMALL_MARGIN = 0.02;

    private Fragility() {
    }

    /**
     * Whether delegation i's acceptance of the run's adopted text rests on a margin below
     * {@link #SMALL_MARGIN} (a delegation that joined with reservations did not accept: it would have been outvoted).
     */
    public static boolean smallMargin(NegotiationRun run, int i) {
        return run.outcome().adopted() && run.accepted(i) && !run.reserved(i) && run.margin(i) < SMALL_MARGIN;
    }

    /** Whether some accepting delegation's margin is small in the run just played. */
    public static boolean fragile(NegotiationRun run) {
        for (int i = 0; i < run.negotiation().delegations(); i++) {
            if (smallMargin(run, i)) {
                return true;
            }
        }
        return false;
    }
}
