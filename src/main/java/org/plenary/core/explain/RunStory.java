package org.plenary.core.explain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.plenary.core.model.Forum;
import org.plenary.core.protocol.Ballot;
import org.plenary.core.protocol.Draft;
import org.plenary.core.protocol.Negotiation;
import org.plenary.core.protocol.Response;
import org.plenary.core.protocol.ResponseKind;
import org.plenary.core.protocol.RoundRecord;
import org.plenary.core.protocol.RunResult;
import org.plenary.core.protocol.Vote;

/**
 * The story of one run: only the rounds that changed something, each with who started or stopped
 * accepting, who refused, what the chair dropped and how it moved each clause — split into every
 * objector's share of the λ step (DESIGN §2 step 4), so a reader sees who pulled the text where.
 */
public final class RunStory {

    /** Moves smaller than this (scale points) are not told. */
    static final double SMALL_MOVE = 0.05;

    private RunStory() {
    }

    /**
     * The changed rounds of {@code result}, which must carry its transcript and have been played on
     * {@code g} (the same inputs: shares are computed from its weights).
     */
    public static List<StoryRound> of(Negotiation g, RunResult result) {
        List<RoundRecord> rounds = result.transcript();
        List<StoryRound> story = new ArrayList<>();
        int folded = 0;
        for (int t = 0; t < rounds.size(); t++) {
            RoundRecord now = rounds.get(t);
            RoundRecord before = t == 0 ? null : rounds.get(t - 1);
            Draft next = t + 1 < rounds.size() ? rounds.get(t + 1).draft() : null;
            List<Margin> accepting = new ArrayList<>();
            List<Margin> objecting = new ArrayList<>();
            List<String> refusing = new ArrayList<>();
            List<String> reserving = new ArrayList<>();
            List<String> callingVote = new ArrayList<>();
            for (int i = 0; i < now.responses().size(); i++) {
                Response r = now.responses().get(i);
                if (r.kind() == ResponseKind.RESERVE) {
                    reserving.add(r.delegationId());
                } else if (r.kind() == ResponseKind.CALL_VOTE) {
                    callingVote.add(r.delegationId());
                }
                boolean acceptsNow = r.kind() == ResponseKind.ACCEPT;
                boolean acceptedBefore = before != null && before.responses().get(i).kind() == ResponseKind.ACCEPT;
                if (acceptsNow && !acceptedBefore) {
                    accepting.add(new Margin(r.delegationId(), r.utility(), r.aspiration()));
                } else if (!acceptsNow && acceptedBefore) {
                    objecting.add(new Margin(r.delegationId(), r.utility(), r.aspiration()));
                }
                boolean refusedBefore = before != null && before.responses().get(i).kind() == ResponseKind.REFUSE;
                if (r.kind() == ResponseKind.REFUSE && (!refusedBefore || t == 0)) {
                    refusing.add(r.delegationId());
                }
            }
            List<ClauseMove> moves = next == null ? List.of() : moves(g, now, before, next);
            boolean changed = t == 0 || t == rounds.size() - 1 || !accepting.isEmpty() || !objecting.isEmpty()
                    || !refusing.isEmpty() || !now.dropped().isEmpty() || !moves.isEmpty() || now.forAdoption()
                    || !reserving.isEmpty() || !callingVote.isEmpty();
            if (changed) {
                story.add(new StoryRound(now.round(), folded, accepting, objecting, refusing, now.forAdoption(),
                        reserving, callingVote, now.dropped(), moves));
                folded = 0;
            } else {
                folded++;
            }
        }
        return story;
    }

    /**
     * The chair's move from the draft answered in {@code round} to {@code next}, clause by clause:
     * the pulls of the delegations the chair moved toward, and what is left (the chair's own pull,
     * red lines met at their edge) as unexplained.
     *
     * @param before the record before {@code round} (its first pass when {@code round} is an adoption pass), or null
     */
    static List<ClauseMove> moves(Negotiation g, RoundRecord round, RoundRecord before, Draft next) {
        boolean[] toward = movedToward(g, round, before);
        List<ClauseMove> moves = new ArrayList<>();
        Draft p = round.draft();
        double lambda = g.mediatorStep();
        for (int c = 0; c < g.clauses(); c++) {
            if (p.isDropped(c) || next.isDropped(c)) {
                continue;
            }
            double change = next.position(c) - p.position(c);
            if (Math.abs(change) < SMALL_MOVE) {
                continue;
            }
            List<Pull> pulls = new ArrayList<>();
            double explained = 0;
            double den = g.weightSum(c);
            for (int i = 0; i < g.delegations(); i++) {
                if (!toward[i] || den <= 0) {
                    continue;
                }
                double amount = lambda * g.weight(i, c) * (g.position(i, c) - p.position(c)) / den;
                if (amount != 0) {
                    pulls.add(new Pull(g.id(i), amount));
                    explained += amount;
                }
            }
            pulls.sort(Comparator.comparingDouble((Pull x) -> -Math.abs(x.amount())));
            double rest = change - explained;
            moves.add(new ClauseMove(g.clauseId(c), p.position(c), next.position(c), pulls,
                    Math.abs(rest) < 1e-9 ? 0 : rest));
        }
        return moves;
    }

    /**
     * The delegations the chair moved toward after {@code round} (DESIGN §2.5): the objectors, or under
     * the general-assembly forum those the shadow of the vote leaves — the objectors voting yes when a
     * vote would adopt the draft, else the pivotal objectors.
     */
    static boolean[] movedToward(Negotiation g, RoundRecord round, RoundRecord before) {
        int n = g.delegations();
        boolean[] objecting = new boolean[n];
        Vote[] ballots = new Vote[n];
        for (int i = 0; i < n; i++) {
            Response r = round.responses().get(i);
            objecting[i] = r.kind().amends();
            ballots[i] = r.ballot();
        }
        RoundRecord forecastFrom = round.forecast() != null ? round
                : round.forAdoption() && before != null && before.round() == round.round() ? before : null;
        if (g.forum() != Forum.GENERAL_ASSEMBLY || forecastFrom == null || forecastFrom.forecast() == null) {
            return objecting;
        }
        boolean[] toward = new boolean[n];
        if (forecastFrom.voteWouldAdopt()) {
            for (int i = 0; i < n; i++) {
                toward[i] = objecting[i] && ballots[i] == Vote.YES;
            }
            return toward;
        }
        int[] tally = {forecastFrom.forecast().yes(), forecastFrom.forecast().no(), forecastFrom.forecast().abstain()};
        Ballot.pivotal(g, ballots, objecting, tally, toward);
        return toward;
    }
}
