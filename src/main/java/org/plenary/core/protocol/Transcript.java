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
        List<Response> list = new ArrayList<>();
        for (int i = 0; i < g.delegations(); i++) {
            List<Amendment> amendments = responses[i].blocks() ? Amendment.tabledBy(g, i, text, dropped) : List.of();
            list.add(new Response(g.id(i), responses[i], g.utility(i, text, dropped), g.aspiration(i, round),
                    Amendment.redLinesCrossed(g, i, text, dropped), amendments));
        }
        pendingRound = round;
        pendingDraft = new Draft(text, dropped);
        pendingResponses = list;
    }

    @Override
    public void droppedClause(int round, int clause) {
        droppedNow.add(g.clauseId(clause));
    }

    private void flush() {
        if (pendingDraft != null) {
            rounds.add(new RoundRecord(pendingRound, pendingDraft, pendingResponses, droppedNow));
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
