package org.plenary.core.protocol;

import java.util.ArrayList;
import java.util.List;

/**
 * Records every round of a run as {@link RoundRecord}s, with utilities, aspirations, crossed red
 * lines and the amendments each objector tables (its clauses by the loss the draft costs it,
 * largest first).
 */
public final class Transcript implements RoundListener {

    private final Negotiation g;
    private final List<RoundRecord> rounds = new ArrayList<>();
    private final List<String> droppedNow = new ArrayList<>();
    private Draft pendingDraft;
    private List<Response> pendingResponses;
    private int pendingRound = -1;
    private VoteTally pendingForecast;
    private boolean pendingForAdoption;
    private boolean nextForAdoption;

    /** An empty transcript for runs of {@code negotiation}. */
    public Transcript(Negotiation negotiation) {
        this.g = negotiation;
    }

    /** Plays one run while recording it. */
    public static RunResult record(NegotiationRun run, long seed, long runIndex) {
        Transcript t = new Transcript(run.negotiation());
        run.play(seed, runIndex, t);
        return run.result(t.rounds());
    }

    @Override
    public void answered(int round, double[] text, boolean[] dropped, ResponseKind[] responses) {
        flush();
        boolean assembly = g.forum() == org.plenary.core.model.Forum.GENERAL_ASSEMBLY;
        List<Response> list = new ArrayList<>();
        for (int i = 0; i < g.delegations(); i++) {
            ResponseKind kind = responses[i];
            List<Amendment> amendments = kind.amends() ? Amendment.tabledBy(g, i, text, dropped) : List.of();
            list.add(new Response(g.id(i), kind, g.utility(i, text, dropped), g.aspiration(i, round),
                    Amendment.redLinesCrossed(g, i, text, dropped), amendments,
                    assembly ? AcceptanceRule.ballot(g, i, text, dropped) : null,
                    kind == ResponseKind.RESERVE ? Reservations.named(g, i, text, dropped) : List.of()));
        }
        pendingRound = round;
        pendingDraft = new Draft(text, dropped);
        pendingResponses = list;
        pendingForAdoption = nextForAdoption;
        nextForAdoption = false;
        pendingForecast = null;
    }

    @Override
    public void forecast(int round, int yes, int no, int abstain, boolean adopts) {
        pendingForecast = new VoteTally(yes, no, abstain, g.threshold(), List.of());
    }

    @Override
    public void tabledForAdoption(int round) {
        nextForAdoption = true;
    }

    @Override
    public void droppedClause(int round, int clause) {
        droppedNow.add(g.clauseId(clause));
    }

    private void flush() {
        if (pendingDraft != null) {
            rounds.add(new RoundRecord(pendingRound, pendingDraft, pendingResponses, droppedNow, pendingForecast,
                    pendingForAdoption));
            droppedNow.clear();
            pendingDraft = null;
        }
    }

    /** The rounds recorded so far. */
    public List<RoundRecord> rounds() {
        flush();
        return List.copyOf(rounds);
    }
}
