package org.plenary.core.explain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.plenary.core.protocol.Negotiation;
import org.plenary.core.protocol.Outcome;
import org.plenary.core.protocol.Response;
import org.plenary.core.protocol.ResponseKind;
import org.plenary.core.protocol.RoundRecord;
import org.plenary.core.protocol.RunResult;

/**
 * The delegations whose answers decided a run.
 *
 * <p>Consensus: every delegation that accepted for the first time in the deciding round, smallest
 * margin U − a first (without the last of them there would have been no consensus then). No agreement or a
 * vote: every delegation that did not accept the final text — refusals (a red line crossed) first,
 * then by margin U − BATNA, most negative first. For a closing vote also the vote arithmetic: how many
 * yes votes would have had to switch for the result to change.
 */
public final class Pivots {

    private Pivots() {
    }

    /** The pivotal delegations of {@code result} (which must carry its transcript). */
    public static List<Pivot> of(Negotiation g, RunResult result) {
        List<RoundRecord> rounds = result.transcript();
        if (rounds.isEmpty()) {
            return List.of();
        }
        RoundRecord last = rounds.get(rounds.size() - 1);
        RoundRecord before = rounds.size() > 1 ? rounds.get(rounds.size() - 2) : null;
        List<Pivot> pivots = new ArrayList<>();
        if (result.outcome() == Outcome.CONSENSUS) {
            for (int i = 0; i < last.responses().size(); i++) {
                Response r = last.responses().get(i);
                boolean acceptedBefore = before != null && before.responses().get(i).kind() == ResponseKind.ACCEPT;
                if (!acceptedBefore) {
                    pivots.add(new Pivot(r.delegationId(), Pivot.Role.LAST_TO_ACCEPT, r.utility() - r.aspiration()));
                }
            }
            pivots.sort(Comparator.comparingDouble(Pivot::margin));
            return pivots;
        }
        for (Response r : last.responses()) {
            if (r.kind() == ResponseKind.REFUSE) {
                pivots.add(new Pivot(r.delegationId(), Pivot.Role.RED_LINE, r.utility() - r.aspiration()));
            }
        }
        List<Pivot> blockers = new ArrayList<>();
        for (Response r : last.responses()) {
            if (r.kind() == ResponseKind.OBJECT) {
                blockers.add(new Pivot(r.delegationId(), Pivot.Role.BLOCKER, r.utility() - r.aspiration()));
            }
        }
        blockers.sort(Comparator.comparingDouble(Pivot::margin));
        pivots.addAll(blockers);
        if (result.vote() != null) {
            pivots.addAll(votePivots(g, result, last));
        }
        return pivots;
    }

    /**
     * Delegations whose own votes decide the count: a yes voter whose votes, switched to no, would
     * sink an adopted text; a no voter whose votes, switched to yes, would carry a rejected one.
     * A delegation's own votes are counted as it answered (bloc members may deviate in the ballot;
     * the tally shows the actual count).
     */
    private static List<Pivot> votePivots(Negotiation g, RunResult result, RoundRecord last) {
        List<Pivot> out = new ArrayList<>();
        long yes = result.vote().yes();
        long no = result.vote().no();
        double threshold = result.vote().threshold();
        boolean adopted = result.outcome() == Outcome.ADOPTED_BY_VOTE;
        for (int i = 0; i < g.delegations(); i++) {
            int v = g.votes(i);
            if (v == 0) {
                continue;
            }
            boolean accepted = last.responses().get(i).kind() == ResponseKind.ACCEPT;
            if (adopted && accepted) {
                long y = yes - v;
                long n = no + v;
                if (!(y > 0 && y >= threshold * (y + n) - 1e-9)) {
                    out.add(new Pivot(g.id(i), Pivot.Role.NEEDED_YES, v));
                }
            } else if (!adopted && !accepted) {
                long y = yes + v;
                long n = no - v;
                if (n >= 0 && y > 0 && y >= threshold * (y + n) - 1e-9) {
                    out.add(new Pivot(g.id(i), Pivot.Role.DECISIVE_NO, v));
                }
            }
        }
        return out;
    }
}
