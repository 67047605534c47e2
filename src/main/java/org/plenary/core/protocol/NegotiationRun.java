package org.plenary.core.protocol;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.plenary.core.model.Forum;
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
    private final int[] tally = new int[3];
    /** Each delegation's ballot on the draft it last answered (general-assembly forum; else the closing vote's own ballots). */
    private final Vote[] ballots;
    private final boolean[] reserved;
    private final boolean[] called;
    /** The delegations the chair moves toward this round (the objectors, or under the shadow of the vote a subset). */
    private final boolean[] toward;
    /** Chair-summary forum: clauses reported as divergent views. */
    private final boolean[] divergent;
    /** The dropped clauses of the text as issued: {@link #dropped}, or for a chair's summary dropped or divergent. */
    private final boolean[] summaryDropped;
    private boolean[] issued;
    /** The chair's forecast of a vote on the draft last answered: yes, no, abstain. */
    private final int[] forecast = new int[3];
    private boolean forecastAdopts;
    private boolean forecastMade;
    /** Whether the draft on the table is tabled for adoption (the adoption pass of a round). */
    private boolean forAdoption;

    private Outcome outcome;
    private int roundsUsed;
    private boolean voted;
    private boolean voteCalled;

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
        ballots = new Vote[n];
        reserved = new boolean[n];
        called = new boolean[n];
        toward = new boolean[n];
        divergent = new boolean[k];
        summaryDropped = new boolean[k];
        issued = dropped;
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
        /**
         * A vote closes the run (the rounds ran out under the majority rule or the general-assembly
         * forum, or a delegation called one): the delegations vote, then {@link #closeByVote}.
         */
        VOTE,
        /**
         * General-assembly forum: a vote would adopt the draft and only delegations that would be
         * outvoted still object, so the chair tables the same draft for adoption; the delegations
         * answer it again in the same round ({@link #forAdoption()}), then {@link #answered} again.
         */
        ADOPTION
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
        boolean assembly = g.forum() == Forum.GENERAL_ASSEMBLY;
        for (int t = 0; ; t++) {
            Step step;
            do {
                if (assembly) {
                    for (int i = 0; i < n; i++) {
                        responses[i] = AcceptanceRule.respond(g, i, t, text, dropped, respond[i], forAdoption, ballots);
                    }
                } else {
                    for (int i = 0; i < n; i++) {
                        responses[i] = AcceptanceRule.respond(g, i, t, text, dropped, respond[i]);
                    }
                }
                step = answered(t, responses, ballots, listener);
            } while (step == Step.ADOPTION);
            if (step == Step.NEXT_ROUND) {
                continue;
            }
            if (step == Step.VOTE) {
                vote();
            }
            return outcome;
        }
    }

    /**
     * Delegation i's own ballot in the closing vote: under a forum its ballot on the draft, under
     * the first protocol yes when it accepted (abstaining within the band).
     */
    public Vote closingBallot(int i) {
        if (g.forum() == Forum.GENERAL_ASSEMBLY) {
            return ballots[i];
        }
        return AcceptanceRule.closingBallot(g, i, text, dropped, accepted[i]);
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
        java.util.Arrays.fill(reserved, false);
        java.util.Arrays.fill(called, false);
        java.util.Arrays.fill(divergent, false);
        Chair.openingDraft(g, text, dropped);
        issued = dropped;
        voted = false;
        voteCalled = false;
        forAdoption = false;
        forecastMade = false;
        forecastAdopts = false;
        tally[0] = 0;
        tally[1] = 0;
        tally[2] = 0;
        outcome = null;
        roundsUsed = 0;
    }

    /**
     * Records the answers to round {@code t}'s draft and moves on: consensus closes the run; under
     * the general-assembly forum a call for a vote or a consensus with reservations closes it, and a
     * draft that a vote would adopt is tabled for adoption; after the last round the forum or the
     * decision rule closes it or asks for a vote; otherwise the chair drops contested clauses (when
     * the protocol says so) and amends the text.
     *
     * @param answers  answers[i] of delegation i (ids sorted); copied
     * @param ballots  ballots[i] of delegation i on the draft (read under the general-assembly forum
     *                 only; may be {@code null} otherwise); copied
     * @param listener told of the round, or {@code null}
     */
    public Step answered(int t, ResponseKind[] answers, Vote[] ballots, RoundListener listener) {
        return answered(t, answers, ballots, null, listener);
    }

    /**
     * As {@link #answered(int, ResponseKind[], Vote[], RoundListener)}, with the amendments of
     * delegations played from outside the model: an objector pulls clause c toward
     * {@code amendTo[i * K + c]} (its ideal point for a delegation the model plays; NaN where it
     * tables no amendment). See {@link Chair#amend(Negotiation, double[], boolean[], boolean[], double[])}.
     * Under the general-assembly forum, {@code ballots == null} keeps the ballots drawn by
     * {@link #modelAnswer} (a seat played from outside casts the model's ballot).
     *
     * @param amendTo row-major targets, or {@code null} when every delegation is the model's
     */
    public Step answered(int t, ResponseKind[] answers, Vote[] ballots, double[] amendTo, RoundListener listener) {
        int n = g.delegations();
        Forum forum = g.forum();
        boolean assembly = forum == Forum.GENERAL_ASSEMBLY;
        boolean all = true;
        boolean anyCall = false;
        boolean anyBlock = false;
        for (int i = 0; i < n; i++) {
            ResponseKind r = answers[i];
            responses[i] = r;
            if (assembly && ballots != null && ballots != this.ballots) {
                this.ballots[i] = ballots[i];
            }
            objecting[i] = r.amends();
            accepted[i] = r == ResponseKind.ACCEPT || r == ResponseKind.RESERVE;
            reserved[i] = r == ResponseKind.RESERVE;
            called[i] = r == ResponseKind.CALL_VOTE;
            all &= r == ResponseKind.ACCEPT;
            anyCall |= r == ResponseKind.CALL_VOTE;
            anyBlock |= r.amends();
        }
        if (listener != null) {
            listener.answered(t, text, dropped, responses);
        }
        boolean adoptionPass = forAdoption;
        forAdoption = false;
        if (all) {
            return close(t + 1, Outcome.CONSENSUS);
        }
        int rounds = g.protocol().maxRounds();
        if (assembly) {
            if (anyCall) {
                roundsUsed = t + 1;
                voteCalled = true;
                return Step.VOTE;
            }
            if (!anyBlock) {
                return close(t + 1, Outcome.CONSENSUS_WITH_RESERVATIONS);
            }
            if (!adoptionPass) {
                forecastAdopts = Ballot.forecast(g, this.ballots, forecast);
                forecastMade = true;
                if (listener != null) {
                    listener.forecast(t, forecast[0], forecast[1], forecast[2], forecastAdopts);
                }
                if (forecastAdopts && !yesAmongObjectors()) {
                    forAdoption = true;
                    if (listener != null) {
                        listener.tabledForAdoption(t);
                    }
                    return Step.ADOPTION;
                }
            }
        }
        if (t >= rounds - 1) {
            roundsUsed = rounds;
            if (forum == null) {
                switch (g.protocol().decisionRule()) {
                    case MAJORITY -> {
                        return Step.VOTE;
                    }
                    case CONSENSUS -> outcome = Outcome.NO_AGREEMENT;
                }
                return Step.CLOSED;
            }
            switch (forum) {
                case GENERAL_ASSEMBLY -> {
                    return Step.VOTE;
                }
                case CONSENSUS_ONLY -> outcome = Outcome.NO_AGREEMENT;
                case CHAIR_SUMMARY -> summarise();
            }
            return Step.CLOSED;
        }
        boolean[] movers = objecting;
        if (assembly) {
            movers = toward;
            if (forecastAdopts) {
                // The shadow of the vote: a vote would adopt the draft, so the holdouts can be outvoted;
                // the chair answers only the objectors who would vote for it.
                for (int i = 0; i < n; i++) {
                    toward[i] = objecting[i] && this.ballots[i] == Vote.YES;
                }
            } else {
                Ballot.pivotal(g, this.ballots, objecting, forecast, toward);
            }
        }
        if (g.protocol().dropContestedAfter() > 0) {
            dropAndTell(t, listener);
        }
        Chair.amend(g, text, dropped, movers, amendTo);
        Chair.pull(g, text, dropped);
        if (forum != null) {
            Chair.meetRedLines(g, text, dropped);
        }
        return Step.NEXT_ROUND;
    }

    /** The first protocol's signature: answers without ballots. */
    public Step answered(int t, ResponseKind[] answers, RoundListener listener) {
        return answered(t, answers, null, null, listener);
    }

    /** Answers without ballots, with the amendments of seats played from outside (see above). */
    public Step answered(int t, ResponseKind[] answers, double[] amendTo, RoundListener listener) {
        return answered(t, answers, null, amendTo, listener);
    }

    /**
     * The model's answer of delegation i to round {@code t}'s draft on the table, drawn from its own
     * RESPOND stream as {@link #play} draws it: for a seat played from outside, what the model would
     * have said (and says when the seat stays silent). Under the general-assembly forum it also
     * draws the delegation's ballot on the draft.
     */
    public ResponseKind modelAnswer(int i, int t) {
        if (g.forum() == Forum.GENERAL_ASSEMBLY) {
            return AcceptanceRule.respond(g, i, t, text, dropped, respond[i], forAdoption, ballots);
        }
        return AcceptanceRule.respond(g, i, t, text, dropped, respond[i]);
    }

    /** After {@link Step#VOTE}: every delegation casts its ballot from its own VOTE stream, and the run closes. */
    public Outcome vote() {
        for (int i = 0; i < g.delegations(); i++) {
            ballots[i] = closingBallot(i);
        }
        Ballot.count(g, ballots, vote, tally);
        return closeByVote(tally[0], tally[1], tally[2]);
    }

    private boolean yesAmongObjectors() {
        for (int i = 0; i < g.delegations(); i++) {
            if (objecting[i] && ballots[i] == Vote.YES) {
                return true;
            }
        }
        return false;
    }

    private Step close(int rounds, Outcome o) {
        roundsUsed = rounds;
        outcome = o;
        return Step.CLOSED;
    }

    /** The chair's summary: the clauses named by a delegation that did not accept are divergent views. */
    private void summarise() {
        for (int i = 0; i < g.delegations(); i++) {
            if (!accepted[i]) {
                Reservations.mark(g, i, text, dropped, divergent);
            }
        }
        for (int c = 0; c < divergent.length; c++) {
            summaryDropped[c] = dropped[c] || divergent[c];
        }
        issued = summaryDropped;
        outcome = Outcome.CHAIR_SUMMARY;
    }

    /** Closes the run with the closing vote's count (each delegation's {@link Ballot#cast}, added). */
    public Outcome closeByVote(int yes, int no, int abstain) {
        voted = true;
        tally[0] = yes;
        tally[1] = no;
        tally[2] = abstain;
        outcome = Ballot.adopts(g, yes, no) ? Outcome.ADOPTED_BY_VOTE : Outcome.NO_AGREEMENT;
        return outcome;
    }

    /** Whether the draft on the table is tabled for adoption (general-assembly forum). */
    public boolean forAdoption() {
        return forAdoption;
    }

    /** Delegation i's ballot on the draft it last answered (general-assembly forum). */
    public Vote ballot(int i) {
        return ballots[i];
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

    /** Whether clause c is out of the text as issued: dropped, or in a chair's summary a divergent view. */
    public boolean finalDropped(int c) {
        return issued[c];
    }

    /** Chair-summary forum: whether clause c is reported as divergent views. */
    public boolean divergent(int c) {
        return divergent[c];
    }

    /** Whether delegation i joined the consensus with reservations. */
    public boolean reserved(int i) {
        return reserved[i] && outcome == Outcome.CONSENSUS_WITH_RESERVATIONS;
    }

    /** Whether delegation i called the vote that closed the run. */
    public boolean calledVote(int i) {
        return called[i] && voteCalled;
    }

    /** Whether a delegation called the closing vote (rather than the rounds running out). */
    public boolean voteCalled() {
        return voteCalled;
    }

    /** U_i(final text as issued) − BATNA_i, whether or not it was adopted: how far it is from preferring no text. */
    public double margin(int i) {
        return g.utility(i, text, issued) - g.batna(i);
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
        return g.utility(i, text, issued) - g.batna(i);
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

    /** Abstentions in the last closing vote. */
    public int abstentions() {
        return tally[2];
    }

    /** The negotiation this runs. */
    public Negotiation negotiation() {
        return g;
    }

    /** The last run as a value, with {@code transcript} attached (may be empty). */
    public RunResult result(List<RoundRecord> transcript) {
        List<String> blockers = new ArrayList<>();
        Map<String, Double> gains = new LinkedHashMap<>();
        Map<String, Double> margins = new LinkedHashMap<>();
        Map<String, List<String>> reservations = new LinkedHashMap<>();
        List<String> callers = new ArrayList<>();
        for (int i = 0; i < g.delegations(); i++) {
            if (blocker(i)) {
                blockers.add(g.id(i));
            }
            gains.put(g.id(i), gain(i));
            margins.put(g.id(i), margin(i));
            if (reserved(i)) {
                reservations.put(g.id(i), Reservations.named(g, i, text, dropped));
            }
            if (calledVote(i)) {
                callers.add(g.id(i));
            }
        }
        List<String> divergentIds = new ArrayList<>();
        for (int c = 0; c < g.clauses(); c++) {
            if (divergent[c]) {
                divergentIds.add(g.clauseId(c));
            }
        }
        VoteTally v = voted ? new VoteTally(tally[0], tally[1], tally[2], g.threshold(), callers) : null;
        return new RunResult(outcome, roundsUsed, new Draft(text, dropped), blockers, gains, v, transcript,
                margins, reservations, divergentIds, g.protocol().maxRounds());
    }
}
