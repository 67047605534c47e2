package org.plenary.experiment.sweep;

import java.util.ArrayList;
import java.util.List;

import org.plenary.core.stats.Proportion;
import org.plenary.experiment.montecarlo.DelegationStats;
import org.plenary.experiment.montecarlo.MonteCarloResult;

/**
 * One measured quantity of a point's Monte Carlo, with its 95% interval (Wilson for probabilities,
 * Student t for the mean of rounds).
 *
 * @param name  {@code p_consensus}, {@code p_adopted_by_vote}, {@code p_no_agreement}, {@code mean_rounds}
 *              or {@code p_blocker_<ID>}
 * @param value the estimate
 * @param lower lower bound of the interval
 * @param upper upper bound of the interval
 */
public record Metric(String name, double value, double lower, double upper) {

    /** The metrics of a sweep, in table order, for the given negotiating delegations (sorted by id). */
    public static List<String> names(List<String> delegationIds) {
        List<String> names = new ArrayList<>(List.of("p_consensus", "p_adopted_by_vote", "p_no_agreement",
                "mean_rounds"));
        for (String id : delegationIds) {
            names.add("p_blocker_" + id);
        }
        return List.copyOf(names);
    }

    /** The metrics of one Monte Carlo result, in the order of {@link #names}. */
    public static List<Metric> of(MonteCarloResult r) {
        List<Metric> out = new ArrayList<>();
        out.add(of("p_consensus", r.consensus()));
        out.add(of("p_adopted_by_vote", r.adoptedByVote()));
        out.add(of("p_no_agreement", r.noAgreement()));
        out.add(new Metric("mean_rounds", r.rounds().mean(), r.rounds().lower(), r.rounds().upper()));
        for (DelegationStats d : r.delegations()) {
            out.add(of("p_blocker_" + d.delegationId(), d.blocker()));
        }
        return out;
    }

    private static Metric of(String name, Proportion p) {
        return new Metric(name, p.estimate(), p.lower(), p.upper());
    }
}
