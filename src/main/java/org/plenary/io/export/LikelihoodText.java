package org.plenary.io.export;

import java.util.Locale;

import org.plenary.core.model.Forum;
import org.plenary.core.protocol.Outcome;
import org.plenary.core.stats.Proportion;
import org.plenary.experiment.montecarlo.MonteCarloResult;

/**
 * The few lines that end {@code plenary run}'s transcript: how likely each outcome is over a short
 * Monte Carlo of the same scenario and seed. One run is one draw; the likelihood is the answer, so
 * the transcript never ends on a single run's outcome alone.
 */
public final class LikelihoodText {

    private LikelihoodText() {
    }

    /**
     * Renders the summary of {@code mc} beside the outcome of the run shown above it.
     *
     * @param runOutcome the outcome of the transcript's run
     * @param forum      the scenario's forum, which decides the outcomes that can occur
     * @param redrawn    whether the runs redrew uncertain inputs (false: no uncertainty section, or
     *                   {@code --no-uncertainty})
     */
    public static String render(MonteCarloResult mc, Outcome runOutcome, Forum forum, boolean redrawn) {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "%nLikelihood over %,d runs %s (seed %d; 95%% Wilson intervals):%n",
                mc.runs(), redrawn ? "redrawing the scenario's uncertain inputs" : "with the inputs as written",
                mc.seed()));
        out.append(line("consensus", mc.consensus()));
        if (forum == Forum.GENERAL_ASSEMBLY) {
            out.append(line("with reservations", mc.consensusWithReservations()));
        }
        out.append(line("adopted by vote", mc.adoptedByVote()));
        if (forum == Forum.CHAIR_SUMMARY) {
            out.append(line("chair's summary", mc.chairSummary()));
        }
        out.append(line("no agreement", mc.noAgreement()));
        Proportion same = switch (runOutcome) {
            case CONSENSUS -> mc.consensus();
            case CONSENSUS_WITH_RESERVATIONS -> mc.consensusWithReservations();
            case ADOPTED_BY_VOTE -> mc.adoptedByVote();
            case CHAIR_SUMMARY -> mc.chairSummary();
            case NO_AGREEMENT -> mc.noAgreement();
        };
        out.append(String.format(Locale.ROOT, "This run's outcome (%s) comes in %s of runs; "
                + "plenary simulate gives the full picture.%n", name(runOutcome), percent(same.estimate())));
        return out.toString();
    }

    private static String line(String name, Proportion p) {
        String lower = percent(p.lower());
        return String.format(Locale.ROOT, "  %-17s %6s  [%s–%s]%n", name, percent(p.estimate()),
                lower.substring(0, lower.length() - 1), percent(p.upper()));
    }

    private static String name(Outcome o) {
        return o.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    /** A share as a percentage with one decimal; exactly 0 and 1 print as 0% and 100%. */
    static String percent(double p) {
        if (p == 0 || p == 1) {
            return String.format(Locale.ROOT, "%.0f%%", 100 * p);
        }
        return String.format(Locale.ROOT, "%.1f%%", 100 * p);
    }
}
