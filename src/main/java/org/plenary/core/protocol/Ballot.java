package org.plenary.core.protocol;

import org.plenary.core.random.KeyedStream;

/**
 * Recorded votes (DESIGN §2 step 5 and the general-assembly forum): the vote that closes a run, and
 * the chair's forecast of a vote that it negotiates in the shadow of.
 *
 * <p>A delegation's own ballot is given by the caller ({@link AcceptanceRule#closingBallot}). A
 * member of a bloc, whether it is a delegation of the scenario or one of the bloc's unmodelled
 * members counted in the bloc's votes, casts the bloc's ballot with probability {@code cohesion};
 * otherwise its own. An unmodelled member's own preference is unknown to the model and is taken as
 * a fair coin between yes and no. Draws come from the VOTE stream of the member (modelled) or of the
 * bloc (unmodelled). With cohesion 1 nothing is drawn.
 *
 * <p>{@link #cast} is one delegation's ballots alone: it needs only that delegation's own ballot,
 * its bloc's ballot and its own VOTE stream, so each delegation can cast it wherever it lives (in
 * the local loop or in its own agent). {@link #count} adds every delegation's ballots.
 */
public final class Ballot {

    /** Absorbs rounding at the threshold: yes ≥ threshold · (yes + no) − 10⁻⁹. */
    static final double THRESHOLD_TOLERANCE = 1e-9;

    private Ballot() {
    }

    /**
     * Counts the vote.
     *
     * @param ballots ballots[i]: delegation i's own ballot on the final draft
     * @param vote    vote[i]: delegation i's VOTE stream for this run
     * @param tally   out: tally[0] = yes, tally[1] = no, tally[2] = abstentions
     * @return whether the text is adopted ({@link #adopts})
     */
    public static boolean count(Negotiation g, Vote[] ballots, KeyedStream[] vote, int[] tally) {
        tally[0] = 0;
        tally[1] = 0;
        tally[2] = 0;
        for (int i = 0; i < g.delegations(); i++) {
            int b = g.blocOf(i);
            cast(g, i, ballots[i], b >= 0 ? ballots[b] : Vote.NO, vote[i], tally);
        }
        return adopts(g, tally[0], tally[1]);
    }

    /**
     * Adds the {@code g.votes(i)} ballots delegation i casts to {@code tally} (yes, no, abstain).
     *
     * @param own      delegation i's own ballot
     * @param bloc     the ballot of the bloc delegation i belongs to (ignored when it has none)
     * @param vote     delegation i's VOTE stream for this run
     */
    public static void cast(Negotiation g, int i, Vote own, Vote bloc, KeyedStream vote, int[] tally) {
        if (g.isBloc(i)) {
            double cohesion = g.cohesion(i);
            for (int m = 0; m < g.votes(i); m++) {
                Vote ballot = follows(cohesion, vote) ? own : vote.nextDouble() < 0.5 ? Vote.YES : Vote.NO;
                tally[ballot.ordinal()]++;
            }
            return;
        }
        int b = g.blocOf(i);
        Vote ballot = b >= 0 && follows(g.cohesion(b), vote) ? bloc : own;
        tally[ballot.ordinal()] += g.votes(i);
    }

    /**
     * The chair's forecast of a vote on the draft from the delegations' ballots, every delegation's
     * votes counted with its own ballot (no cohesion draws): what it knows from their answers.
     *
     * @param tally out: yes, no, abstain
     * @return whether such a vote would adopt the draft
     */
    public static boolean forecast(Negotiation g, Vote[] ballots, int[] tally) {
        tally[0] = 0;
        tally[1] = 0;
        tally[2] = 0;
        for (int i = 0; i < g.delegations(); i++) {
            tally[ballots[i].ordinal()] += g.votes(i);
        }
        return adopts(g, tally[0], tally[1]);
    }

    /**
     * The objectors whose votes a failing forecast needs: among the delegations that block and whose
     * ballot is not yes, take the one with the most votes (ties: the first id) and count its votes as
     * yes, until the forecast adopts.
     *
     * @param blocking blocking[i]: delegation i objected or refused
     * @param tally    the forecast (yes, no, abstain); not changed
     * @param out      out: the pivotal delegations
     * @return whether such a set exists (when not, {@code out} is every blocking delegation)
     */
    public static boolean pivotal(Negotiation g, Vote[] ballots, boolean[] blocking, int[] tally, boolean[] out) {
        int n = g.delegations();
        java.util.Arrays.fill(out, false);
        int yes = tally[0];
        int no = tally[1];
        while (true) {
            int best = -1;
            for (int i = 0; i < n; i++) {
                if (blocking[i] && !out[i] && ballots[i] != Vote.YES && (best < 0 || g.votes(i) > g.votes(best))) {
                    best = i;
                }
            }
            if (best < 0) {
                System.arraycopy(blocking, 0, out, 0, n);
                return false;
            }
            out[best] = true;
            yes += g.votes(best);
            if (ballots[best] == Vote.NO) {
                no -= g.votes(best);
            }
            if (adopts(g, yes, no)) {
                return true;
            }
        }
    }

    /** Whether {@code yes} of {@code yes + no} votes adopt the text: at least one yes and yes ≥ threshold · (yes + no) − 10⁻⁹. */
    public static boolean adopts(Negotiation g, int yes, int no) {
        return yes > 0 && yes >= g.threshold() * (yes + no) - THRESHOLD_TOLERANCE;
    }

    private static boolean follows(double cohesion, KeyedStream stream) {
        if (cohesion >= 1) {
            return true;
        }
        return stream.nextDouble() < cohesion;
    }
}
