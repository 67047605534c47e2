package org.plenary.io.export;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import org.plenary.core.backtest.CaseScore;
import org.plenary.core.backtest.ClauseScore;
import org.plenary.core.backtest.ForecastModel;
import org.plenary.core.backtest.Pooled;
import org.plenary.core.backtest.VoteScore;
import org.plenary.core.protocol.Outcome;

/**
 * The JSON form of a backtest, shape {@value #FORMAT} documented in {@code docs/output-format.md}.
 * A quantity that does not exist (e.g. the agent's position of a clause no run adopted) is null.
 */
public final class BacktestJson {

    /** Identifier and version of the shape; bumped on any incompatible change. */
    public static final String FORMAT = "plenary.backtest/1";

    private BacktestJson() {
    }

    /** The report as pretty-printed JSON followed by a newline. */
    public static String render(BacktestReport report) {
        return JsonDocument.render(tree(report));
    }

    /** The report as a JSON tree. */
    public static ObjectNode tree(BacktestReport report) {
        ObjectNode root = JsonDocument.MAPPER.createObjectNode();
        root.put("format", FORMAT);
        root.put("plenaryVersion", report.version());
        ArrayNode cases = root.putArray("cases");
        for (int i = 0; i < report.cases().size(); i++) {
            CaseScore c = report.cases().get(i);
            ObjectNode o = cases.addObject();
            o.put("name", c.name());
            o.put("title", c.title());
            o.put("file", report.files().get(i));
            o.put("sha256", report.sha256().get(i));
            o.put("runs", c.runs());
            o.put("seed", c.seed());
            ObjectNode observed = o.putObject("outcome");
            observed.put("observed", c.observed().key());
            observed.put("scoredAs", c.scoredAs().name());
            observed.put("note", c.note());
            ObjectNode p = observed.putObject("probabilities");
            for (Outcome out : Outcome.values()) {
                p.put(out.name(), c.probabilities()[out.ordinal()]);
            }
            observed.put("probabilityObserved", c.probabilityObserved());
            observed.put("mostLikely", c.mostLikely().name());
            observed.put("brier", c.brier());
            observed.put("logScore", c.logScore());
            if (c.vote().isPresent()) {
                VoteScore v = c.vote().get();
                ObjectNode vote = o.putObject("vote");
                ObjectNode recorded = vote.putObject("recorded");
                recorded.put("yes", v.observed().yes());
                recorded.put("no", v.observed().no());
                recorded.put("abstain", v.observed().abstain());
                vote.put("votedShare", v.votedShare());
                number(vote, "medianYes", v.medianYes());
                number(vote, "medianNo", v.medianNo());
                number(vote, "countError", v.countError());
                number(vote, "shareError", v.shareError());
            } else {
                o.putNull("vote");
            }
            ArrayNode clauses = o.putArray("clauses");
            for (ClauseScore cl : c.clauses()) {
                ObjectNode co = clauses.addObject();
                co.put("clause", cl.clauseId());
                co.put("observed", cl.observed());
                ObjectNode band = co.putObject("band");
                number(band, "p5", cl.p5());
                number(band, "p95", cl.p95());
                if (cl.hasBand()) {
                    band.put("inside", cl.inBand());
                } else {
                    band.putNull("inside");
                }
                ObjectNode models = co.putObject("models");
                for (ForecastModel m : ForecastModel.values()) {
                    ObjectNode mo = models.putObject(m.key());
                    number(mo, "position", cl.forecasts().get(m));
                    number(mo, "error", cl.error(m));
                }
            }
            ObjectNode mean = o.putObject("meanError");
            for (ForecastModel m : ForecastModel.values()) {
                number(mean, m.key(), c.meanError(m));
            }
        }
        Pooled pooled = report.pooled();
        ObjectNode p = root.putObject("pooled");
        p.put("cases", pooled.cases());
        p.put("hits", pooled.hits());
        number(p, "meanProbabilityObserved", pooled.meanProbability());
        number(p, "meanBrier", pooled.meanBrier());
        number(p, "meanLogScore", pooled.meanLogScore());
        ObjectNode errors = p.putObject("meanError");
        for (Map.Entry<ForecastModel, Double> e : pooled.meanError().entrySet()) {
            number(errors, e.getKey().key(), e.getValue());
        }
        p.put("scoredClauses", pooled.scoredClauses());
        if (pooled.bestModel() == null) {
            p.putNull("bestModel");
        } else {
            p.put("bestModel", pooled.bestModel().key());
        }
        ObjectNode band = p.putObject("band");
        band.put("inside", pooled.inBand());
        band.put("clauses", pooled.bandClauses());
        number(band, "share", pooled.bandClauses() == 0 ? Double.NaN : (double) pooled.inBand() / pooled.bandClauses());
        number(p, "meanVoteCountError", pooled.meanVoteError());
        p.put("voteCases", pooled.voteCases());
        return root;
    }

    private static void number(ObjectNode o, String field, double x) {
        if (Double.isNaN(x) || Double.isInfinite(x)) {
            o.putNull(field);
        } else {
            o.put(field, x);
        }
    }
}
