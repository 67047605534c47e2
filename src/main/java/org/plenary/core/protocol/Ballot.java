package org.plenary.core.protocol;

import org.plenary.core.random.KeyedStream;

/**
 * The vote that closes a negotiation under the majority rule (DESIGN §2 step 5).
 *
 * <p>A delegation's own preference is its last response (accept = yes). A member of a bloc, whether
 * it is a delegation of the scenario or one of the bloc's unmodelled members counted in the bloc's
 * votes, votes with the bloc with probability {@code cohesion}; otherwise it votes its own
 * preference. An unmodelled member's own preference is unknown to the model and is taken as a
 * fair coin. Draws come from the VOTE stream of the member (modelled) or of the bloc (unmodelled).
 * With cohesion 1 nothing is drawn.
 *
 * <p>{@link #yesVotes} is one delegation's ballot alone: it needs only that delegation's own last
 * answer, its bloc's last answer and its own VOTE stream, so each delegation can cast it wherever it
 * lives (in the local loop or in its own agent). {@link #count} adds every delegation's ballot.
 */
public final class Ballot {

    private Ballot() {
    }

    /**
     * Counts the vote.
     *
     * @param accepted accepted[i]: delegation i accepted the final draft
     * @param vote     vote[i]: delegation i's VOTE stream for this run
     * @param tally    out: tally[0] = yes votes, tally[1] = no votes
     * @return whether the text is adopted: yes ≥ threshold · (yes + no) and at least one yes
     */
    public static boolean count(Negotiation g, boolean[] accepted, KeyedStream[] vote, int[] tally) {
        int yes = 0;
        int no = 0;
        for (int i = 0; i < g.delegations(); i++) {
            int b = g.blocOf(i);
            int y = yesVotes(g, i, accepted[i], b >= 0 && accepted[b], vote[i]);
            yes += y;
            no += g.votes(i) - y;
        }
        tally[0] = yes;
        tally[1] = no;
        return adopts(g, yes, no);
    }

    /**
     * The yes votes among the {@code g.votes(i)} votes delegation i casts.
     *
     * @param accepts     whether delegation i accepted the final draft
     * @param blocAccepts whether the bloc delegation i belongs to accepted it (ignored when it has none)
     * @param vote        delegation i's VOTE stream for this run
     */
    public static int yesVotes(Negotiation g, int i, boolean accepts, boolean blocAccepts, KeyedStream vote) {
        if (g.isBloc(i)) {
            double cohesion = g.cohesion(i);
            int yes = 0;
            for (int m = 0; m < g.votes(i); m++) {
                boolean ballot = follows(cohesion, vote) ? accepts : vote.nextDouble() < 0.5;
                if (ballot) {
                    yes++;
                }
            }
            return yes;
        }
        int b = g.blocOf(i);
        boolean ballot = b >= 0 && follows(g.cohesion(b), vote) ? blocAccepts : accepts;
        return ballot ? g.votes(i) : 0;
    }

    /** Whether {@code yes} of {@code yes + no} votes adopt the text: at least one yes and the threshold reached. */
    public static boolean adopts(Negotiation g, int yes, int no) {
        return yes > 0 && yes >= g.threshold() * (yes + no) - 1e-9;
    }

    private static boolean follows(double cohesion, KeyedStream stream) {
        if (cohesion >= 1) {
            return true;
        }
        return stream.nextDouble() < cohesion;
    }
}
