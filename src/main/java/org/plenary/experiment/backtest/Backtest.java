package org.plenary.experiment.backtest;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.LongConsumer;

import org.plenary.core.backtest.CaseScore;
import org.plenary.core.backtest.ClauseScore;
import org.plenary.core.backtest.ForecastModel;
import org.plenary.core.backtest.HistoryCase;
import org.plenary.core.backtest.Observed;
import org.plenary.core.backtest.ObservedOutcome;
import org.plenary.core.backtest.ObservedPosition;
import org.plenary.core.backtest.OutcomeMapping;
import org.plenary.core.backtest.VoteScore;
import org.plenary.core.baseline.BaselineReport;
import org.plenary.core.baseline.Baselines;
import org.plenary.core.baseline.Forecast;
import org.plenary.core.model.Scenario;
import org.plenary.core.protocol.NegotiationRun;
import org.plenary.core.protocol.Outcome;
import org.plenary.core.uncertainty.Perturbation;
import org.plenary.experiment.montecarlo.ClauseStats;
import org.plenary.experiment.montecarlo.MonteCarlo;
import org.plenary.experiment.montecarlo.MonteCarloResult;
import org.plenary.experiment.montecarlo.MonteCarloSettings;
import org.plenary.experiment.montecarlo.RunRowSink;

/**
 * Scores the models on one history case. The models get only {@link HistoryCase#scenario()}; the
 * observed outcome is read after they have run, to score them.
 */
public final class Backtest {

    private Backtest() {
    }

    /**
     * Plays {@code settings.runs()} Monte Carlo runs of the case and computes the baselines, then
     * scores both against the observed outcome.
     *
     * @param progress told the number of runs done after each chunk
     */
    public static CaseScore score(HistoryCase historyCase, MonteCarloSettings settings, LongConsumer progress)
            throws InterruptedException {
        Scenario scenario = historyCase.scenario();
        Runs runs = new Runs();
        MonteCarloResult mc = new MonteCarlo(scenario).run(settings, progress, runs);
        BaselineReport baselines = Baselines.compute(scenario);
        return score(historyCase.name(), scenario.metadata().title(), historyCase.observed(), mc, runs.outcomes,
                baselines, runs.votes);
    }

    /**
     * The scores, from the models' results (separate from running them so tests can feed known numbers).
     *
     * @param outcomes   runs per protocol outcome, indexed by {@link Outcome#ordinal()}
     * @param voteCounts per "yes no" pair of a run that voted, how many runs gave it
     */
    static CaseScore score(String name, String title, Observed observed, MonteCarloResult mc, long[] outcomes,
                           BaselineReport baselines, Map<Long, Long> voteCounts) {
        double n = mc.runs();
        // Every outcome the protocol knows, counted run by run, so the forecast covers all of them.
        double[] p = new double[Outcome.values().length];
        for (int k = 0; k < p.length; k++) {
            p[k] = outcomes[k] / n;
        }
        List<ClauseScore> clauses = new ArrayList<>();
        for (ObservedPosition op : observed.positions()) {
            ClauseStats stats = mc.clauses().stream().filter(c -> c.clauseId().equals(op.clauseId())).findFirst()
                    .orElseThrow();
            Forecast f = baselines.forecast(op.clauseId());
            Map<ForecastModel, Double> forecasts = new EnumMap<>(ForecastModel.class);
            boolean any = stats.inText().successes() > 0;
            forecasts.put(ForecastModel.AGENT, any ? stats.p50() : Double.NaN);
            forecasts.put(ForecastModel.COMPROMISE, f.compromise());
            forecasts.put(ForecastModel.WEIGHTED_MEDIAN, f.weightedMedian());
            forecasts.put(ForecastModel.NASH, f.nash());
            forecasts.put(ForecastModel.EXPECTED_UTILITY, f.expectedUtility());
            clauses.add(new ClauseScore(op.clauseId(), op.position(), forecasts, any ? stats.p5() : Double.NaN,
                    any ? stats.p95() : Double.NaN));
        }
        Optional<VoteScore> vote = observed.vote().map(v -> {
            long voted = voteCounts.values().stream().mapToLong(Long::longValue).sum();
            return new VoteScore(v, voted / n, median(voteCounts, voted, true), median(voteCounts, voted, false));
        });
        ObservedOutcome o = observed.outcome();
        return new CaseScore(name, title, o, OutcomeMapping.modelled(o), OutcomeMapping.note(o), mc.runs(), mc.seed(),
                p, clauses, vote);
    }

    /** Median yes (or no) count over {@code total} voting runs (the lower median when even); NaN when none. */
    private static double median(Map<Long, Long> counts, long total, boolean yes) {
        if (total == 0) {
            return Double.NaN;
        }
        TreeMap<Integer, Long> histogram = new TreeMap<>();
        counts.forEach((pair, k) -> histogram.merge(yes ? (int) (pair >>> 32) : (int) (long) pair, k, Long::sum));
        long rank = (total + 1) / 2;
        long seen = 0;
        for (Map.Entry<Integer, Long> e : histogram.entrySet()) {
            seen += e.getValue();
            if (seen >= rank) {
                return e.getKey();
            }
        }
        throw new IllegalStateException("unreachable");
    }

    /**
     * Counts each run's outcome and closing vote, as one line "outcome yes no" per run (yes and no
     * are -1 without a vote); chunk rows arrive in run order on one thread at a time.
     */
    private static final class Runs implements RunRowSink {
        private final long[] outcomes = new long[Outcome.values().length];
        private final Map<Long, Long> votes = new TreeMap<>();

        @Override
        public void format(long run, NegotiationRun played, Perturbation inputs, StringBuilder chunk) {
            chunk.append(played.outcome().ordinal()).append(' ');
            if (played.voted()) {
                chunk.append(played.yesVotes()).append(' ').append(played.noVotes()).append('\n');
            } else {
                chunk.append("-1 -1\n");
            }
        }

        @Override
        public void write(CharSequence rows) {
            String text = rows.toString();
            int from = 0;
            while (from < text.length()) {
                int first = text.indexOf(' ', from);
                int second = text.indexOf(' ', first + 1);
                int end = text.indexOf('\n', second);
                outcomes[Integer.parseInt(text, from, first, 10)]++;
                long yes = Long.parseLong(text, first + 1, second, 10);
                long no = Long.parseLong(text, second + 1, end, 10);
                if (yes >= 0) {
                    votes.merge((yes << 32) | no, 1L, Long::sum);
                }
                from = end + 1;
            }
        }
    }
}
