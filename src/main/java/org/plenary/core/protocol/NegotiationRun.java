package org.plenary.core.protocol;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.plenary.core.random.KeyedStream;
import org.plenary.core.random.Purpose;

/**
 * Runs the mediated single-text protocol of DESIGN §2 on a compiled {@link Negotiation}.
 *
 * <p>One instance owns the scratch space of a run (draft, responses, streams) and is reused for any
 * number of runs, so the round loop allocates nothing. Every random value comes from the keyed
 * streams (seed, run, delegation, purpose) so a run's result depends on those alone. Not
 * thread-safe: give each worker its own instance.
 */
public final class NegotiationRun {

    private final Negotiation g;
    private final double[] text;
    private final boolean[] dropped;
    private final int[] streak;
    private final ResponseKind[] responses;
    private final boolean[] objecting;
    private final boolean[] accepted;
    private final KeyedStream[] respond;
    private final KeyedStream[] vote;
    private final int[] tally = new int[2];

    private Outcome outcome;
    private int roundsUsed;
    private boolean voted;

    /** Scratch space for runs of {@code negotiation}. */
    public NegotiationRun(Negotiation negotiation) {
        this.g = negotiation;
        int n = g.delegations();
        int k = g.clauses();
        text = new double[k];
        dropped = new boolean[k];
        streak = new int[k];
        responses = new ResponseKind[n];
        objecting = new boolean[n];
        accepted = new boolean[n];
        respond = new KeyedStream[n];
        vote = new KeyedStream[n];
        for (int i = 0; i < n; i++) {
            respond[i] = new KeyedStream();
            vote[i] = new KeyedStream();
        }
    }

    /** What follows the answers of a round. */
    public enum Step {
        /** The chair has amended the text; the next round begins. */
        NEXT_ROUND,
        /** The negotiation is over: {@link #outcome()} is final. */
        CLOSED,
        /** The rounds ran out under the majority rule: the delegations vote, then {@link #closeByVote}. */
        VOTE
    }

    /**
     * Plays run {@code run} of seed {@code seed} to its close.
     *
     * @param listener told of each round, or {@code null}
     * @return the outcome (details through the accessors until the next call)
     */
    public Outcome play(long seed, long run, RoundListener listener) {
        open(seed, run);
        int n = g.delegations();
        for (int t = 0; ; t++) {
            for (int i = 0; i < n; i++) {
                responses[i] = AcceptanceRule.respond(g, i, t, text, dropped, respond[i]);
            }
            Step step = answered(t, responses, listener);
            if (step == Step.NEXT_ROUND) {
                continue;
            }
            if (step == Step.VOTE) {
                Ballot.count(g, accepted, vote, tally);
                closeByVote(tally[0], tally[1]);
            }
            return outcome;
        }
    }

    /**
     * Opens run {@code run} of seed {@code seed}: re-keys the delegations' streams and tables the
     * opening draft ({@link #text()}). An engine that collects the answers itself (from agents) then
     * calls {@link #answered} once per round, and {@link #closeByVote} when asked to.
     */
    public void open(long seed, long run) {
        int n = g.delegations();
        for (int i = 0; i < n; i++) {
            respond[i].rekey(seed, run, g.idKey(i), Purpose.RESPOND);
            vote[i].rekey(seed, run, g.idKey(i), Purpose.VOTE);
        }
        java.util.Arrays.fill(streak, 0);
        Chair.openingDraft(g, text, dropped);
        voted = false;
        outcome = null;
        roundsUsed = 0;
    }

    /**
     * Records the answers to round {@code t}'s draft and moves on: consensus closes the run; after
     * the last round the decision rule closes it or asks for a vote; otherwise the chair drops
     * contested clauses (when the protocol says so) and amends the text toward the objectors.
     *
     * @param answers  answers[i] of delegation i (ids sorted); copied
     * @param listener told of the round, or {@code null}
     */
    public Step answered(int t, ResponseKind[] answers, RoundListener listener) {
        return answered(t, answers, null, listener);
    }

    /**
     * As {@link #answered(int, ResponseKind[], RoundListener)}, with the amendments of delegations
     * played from outside the model: an objector pulls clause c toward {@code amendTo[i * K + c]}
     * (its ideal point for a delegation the model plays; NaN where it tables no amendment). See
     * {@link Chair#amend(Negotiation, double[], boolean[], boolean[], double[])}.
     *
     * @param amendTo row-major targets, or {@code null} when every delegation is the model's
     */
    public Step answered(int t, ResponseKind[] answers, double[] amendTo, RoundListener listener) {
        int n = g.delegations();
        boolean all = true;
        for (int i = 0; i < n; i++) {
            ResponseKind r = answers[i];
            responses[i] = r;
            objecting[i] = r.blocks();
            accepted[i] = !r.blocks();
            all &= !r.blocks();
        }
        if (listener != null) {
            listener.answered(t, text, dropped, responses);
        }
        if (all) {
            roundsUsed = t + 1;
            outcome = Outcome.CONSENSUS;
            return Step.CLOSED;
        }
        int rounds = g.protocol().maxRounds();
        if (t >= rounds - 1) {
            roundsUsed = rounds;
            switch (g.protocol().decisionRule()) {
                case MAJORITY -> {
                    return Step.VOTE;
                }
                case CONSENSUS -> outcome = Outcome.NO_AGREEMENT;
            }
            return Step.CLOSED;
        }
        if (g.protocol().dropContestedAfter() > 0) {
            dropAndTell(t, listener);
        }
        Chair.amend(g, text, dropped, objecting, amendTo);
        return Step.NEXT_ROUND;
    }

    /**
     * The model's answer of delegation i to round {@code t}'s draft on the table, drawn from its own
     * RESPOND stream as {@link #play} draws it: for a seat played from outside, what the model would
     * have said (and says when the seat stays silent).
     */
    public ResponseKind modelAnswer(int i, int t) {
        return AcceptanceRule.respond(g, i, t, text, dropped, respond[i]);
    }

    /** After {@link Step#VOTE}: every delegation casts its ballot from its own VOTE stream, and the run closes. */
    public Outcome vote() {
        Ballot.count(g, accepted, vote, tally);
        return closeByVote(tally[0], tally[1]);
    }

    /** Closes the run with the closing vote's count (each delegation's {@link Ballot#yesVotes}, added). */
    public Outcome closeByVote(int yes, int no) {
        voted = true;
        tally[0] = yes;
        tally[1] = no;
        outcome = Ballot.adopts(g, yes, no) ? Outcome.ADOPTED_BY_VOTE : Outcome.NO_AGREEMENT;
        return outcome;
    }

    /** The text on the table (the run's scratch space: read it, do not keep or change it). */
    public double[] text() {
        return text;
    }

    /** Which clauses of the text on the table are dropped (scratch space, as {@link #text()}). */
    public boolean[] dropped() {
        return dropped;
    }

    /** Whether delegation i accepted the last draft it answered. */
    public boolean accepted(int i) {
        return accepted[i];
    }

    private void dropAndTell(int round, RoundListener listener) {
        if (listener == null) {
            Chair.dropContested(g, text, dropped, streak);
            return;
        }
        boolean[] before = dropped.clone();
        Chair.dropContested(g, text, dropped, streak);
        for (int c = 0; c < dropped.length; c++) {
            if (dropped[c] && !before[c]) {
                listener.droppedClause(round, c);
            }
        }
    }

    /** Outcome of the last run. */
    public Outcome outcome() {
        return outcome;
    }

    /** Rounds played in the last run. */
    public int roundsUsed() {
        return roundsUsed;
    }

    /** Final position of clause c in the last run (meaningless when dropped). */
    public double finalPosition(int c) {
        return text[c];
    }

    /** Whether clause c was dropped by the end of the last run. */
    public boolean finalDropped(int c) {
        return dropped[c];
    }

    /** Whether delegation i did not accept the last draft. */
    public boolean blocker(int i) {
        return outcome != Outcome.CONSENSUS && !accepted[i];
    }

    /** U_i(adopted text) − BATNA_i; 0 when nothing was adopted. */
    public double gain(int i) {
        if (!outcome.adopted()) {
            return 0;
        }
        return g.utility(i, text, dropped) - g.batna(i);
    }

    /** Whether the last run closed with a vote. */
    public boolean voted() {
        return voted;
    }

    /** Yes votes of the last closing vote. */
    public int yesVotes() {
        return tally[0];
    }

    /** No votes of the last closing vote. */
    public int noVotes() {
        return tally[1];
    }

    /** The negotiation this runs. */
    public Negotiation negotiation() {
        return g;
    }

    /** The last run as a value, with {@code transcript} attached (may be empty). */
    public RunResult result(List<RoundRecord> transcript) {
        List<String> blockers = new ArrayList<>();
        Map<String, Double> gains = new LinkedHashMap<>();
        for (int i = 0; i < g.delegations(); i++) {
            if (blocker(i)) {
                blockers.add(g.id(i));
            }
            gains.put(g.id(i), gain(i));
        }
        VoteTally v = voted ? new VoteTally(tally[0], tally[1], g.threshold()) : null;
        return new RunResult(outcome, roundsUsed, new Draft(text, dropped), blockers, gains, v, transcript);
    }
}
