package org.plenary.io.report;

import static org.plenary.io.report.Html.number;
import static org.plenary.io.report.Html.percent;
import static org.plenary.io.report.Html.position;
import static org.plenary.io.report.Html.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.plenary.core.baseline.Forecast;
import org.plenary.core.baseline.NashSolution;
import org.plenary.core.explain.ClauseMove;
import org.plenary.core.explain.Explanation;
import org.plenary.core.explain.Flip;
import org.plenary.core.explain.Margin;
import org.plenary.core.explain.Pivot;
import org.plenary.core.explain.StoryRound;
import org.plenary.core.model.Clause;
import org.plenary.core.model.Delegation;
import org.plenary.core.model.Protocol;
import org.plenary.core.model.ScaleLabel;
import org.plenary.core.model.Scenario;
import org.plenary.core.model.Source;
import org.plenary.core.model.Stance;
import org.plenary.core.protocol.Amendment;
import org.plenary.core.protocol.Draft;
import org.plenary.core.protocol.Negotiation;
import org.plenary.core.protocol.Response;
import org.plenary.core.protocol.RoundRecord;
import org.plenary.core.protocol.RunResult;
import org.plenary.core.stats.Proportion;
import org.plenary.experiment.montecarlo.ClauseStats;
import org.plenary.experiment.montecarlo.DelegationStats;
import org.plenary.experiment.montecarlo.MonteCarloResult;
import org.plenary.io.chart.ChartImage;
import org.plenary.io.chart.ExplainCharts;
import org.plenary.io.chart.Palette;
import org.plenary.io.chart.RunCharts;
import org.plenary.io.chart.SimulationCharts;
import org.plenary.io.chart.SimulationSummary;
import org.plenary.io.export.SimulationText;

/**
 * The classroom report: one self-contained HTML page (no scripts, no external style sheets, fonts
 * or images; charts inline as SVG) with the scenario and the source of every number, the transcript
 * of a deterministic run, the Monte Carlo results, the baseline forecasts and how to reproduce it
 * all. Every text taken from the scenario is escaped, and a Content-Security-Policy forbids scripts
 * and network access, so a shared scenario file cannot make the page run code.
 */
public final class HtmlReport {

    /** The page's style: system fonts only, readable widths, printable. */
    private static final String STYLE = """
            body{font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"DejaVu Sans",sans-serif;color:#222;\
            background:#fff;margin:0 auto;max-width:1100px;padding:1.5rem}
            h1{font-size:1.9rem;margin:.2rem 0}h2{border-bottom:2px solid #332288;padding-bottom:.2rem;margin-top:2.5rem}
            h3{margin-top:1.8rem}table{border-collapse:collapse;margin:.6rem 0 1.2rem;font-size:.92rem;width:100%}
            th,td{border:1px solid #ccc;padding:.3rem .5rem;text-align:left;vertical-align:top}
            th{background:#f0f0f5}td.n{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
            .meta{color:#555}.swatch{display:inline-block;width:.9em;height:.9em;border-radius:2px;\
            margin-right:.35em;vertical-align:-.1em}
            .accept{color:#117733;font-weight:600}.object{color:#996600;font-weight:600}\
            .refuse{color:#aa2244;font-weight:600}
            .outcome{font-size:1.15rem;font-weight:600}figure{margin:1rem 0}figcaption{color:#555;font-size:.9rem}
            figure svg{max-width:100%;height:auto;border:1px solid #eee}details{margin:.4rem 0}
            summary{cursor:pointer;font-weight:600}code,pre{font-family:"DejaVu Sans Mono",monospace;\
            background:#f5f5f5}pre{padding:.6rem;overflow-x:auto}nav ol{columns:2}
            ul.scale{margin:0;padding-left:1.1rem}.small{font-size:.85rem;color:#555}
            @media print{details{display:block}h2{break-before:page}}
            """;

    private HtmlReport() {
    }

    /** The page. */
    public static String render(ReportData d) {
        Scenario s = d.scenario();
        Palette palette = RunCharts.palette(s);
        StringBuilder out = new StringBuilder(1 << 20);
        out.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; ")
                .append("style-src 'unsafe-inline'; img-src data:\">\n")
                .append("<meta name=\"generator\" content=\"Plenary ").append(text(d.version())).append("\">\n")
                .append("<title>").append(text(s.metadata().title())).append(" — Plenary report</title>\n")
                .append("<style>\n").append(STYLE).append("</style>\n</head>\n<body>\n");
        header(out, d);
        scenario(out, s, palette);
        run(out, d, palette);
        why(out, d);
        monteCarlo(out, d, palette);
        baselines(out, d);
        reproduce(out, d);
        out.append("</body>\n</html>\n");
        return out.toString();
    }

    private static void header(StringBuilder out, ReportData d) {
        Scenario s = d.scenario();
        MonteCarloResult mc = d.monteCarlo();
        out.append("<header>\n<p class=\"meta\">Plenary negotiation report</p>\n<h1>")
                .append(text(s.metadata().title())).append("</h1>\n");
        if (!s.metadata().date().isBlank()) {
            out.append("<p class=\"meta\">").append(text(s.metadata().date())).append("</p>\n");
        }
        if (!s.metadata().description().isBlank()) {
            out.append("<p>").append(text(s.metadata().description())).append("</p>\n");
        }
        out.append("<p class=\"outcome\">One deterministic run: ").append(outcome(d.run())).append(". Over ")
                .append(String.format(Locale.ROOT, "%,d", mc.runs())).append(" Monte Carlo runs: P(consensus) ")
                .append(interval(mc.consensus())).append(", P(adopted by vote) ").append(interval(mc.adoptedByVote()))
                .append(", P(no agreement) ").append(interval(mc.noAgreement())).append(".</p>\n");
        out.append("<p>").append(text(org.plenary.io.export.TranscriptText.forumSentence(s.protocol()))).append("</p>\n");
        out.append("<p class=\"fragility\">").append(text(fragilitySentence(mc, s.protocol().maxRounds()))).append("</p>\n");
        out.append("<nav><h2>Contents</h2><ol>")
                .append("<li><a href=\"#scenario\">The scenario</a></li>")
                .append("<li><a href=\"#run\">A deterministic run, round by round</a></li>")
                .append("<li><a href=\"#why\">Why this outcome</a></li>")
                .append("<li><a href=\"#montecarlo\">Monte Carlo results</a></li>")
                .append("<li><a href=\"#baselines\">Baseline forecasts</a></li>")
                .append("<li><a href=\"#reproduce\">How to reproduce</a></li>")
                .append("</ol></nav>\n</header>\n");
    }

    private static String outcome(RunResult r) {
        return r.outcome().name().toLowerCase(Locale.ROOT).replace('_', ' ') + " after " + r.roundsUsed()
                + (r.roundsUsed() == 1 ? " round" : " rounds");
    }

    private static String interval(Proportion p) {
        return percent(p.estimate()) + " [" + percent(p.lower()) + ", " + percent(p.upper()) + "]";
    }

    private static void scenario(StringBuilder out, Scenario s, Palette palette) {
        out.append("<section id=\"scenario\">\n<h2>1. The scenario</h2>\n");
        out.append("<h3>Clauses of the text</h3>\n<p>Each clause is a position scale from 0 to 100 whose points ")
                .append("carry the labels below. The status quo is what holds if the text leaves the clause out.</p>\n")
                .append("<table><thead><tr><th>clause</th><th>what it is about</th><th>scale</th>")
                .append("<th>status quo</th></tr></thead><tbody>\n");
        for (Clause c : s.clauses()) {
            out.append("<tr id=\"").append(Html.id("clause-", c.id())).append("\"><td><strong>")
                    .append(text(c.title())).append("</strong><br><code>").append(text(c.id())).append("</code></td><td>")
                    .append(text(c.description())).append("</td><td><ul class=\"scale\">");
            for (ScaleLabel l : c.scale()) {
                out.append("<li>").append(position(l.at())).append(" — ").append(text(l.label())).append("</li>");
            }
            out.append("</ul></td><td class=\"n\">").append(position(c.statusQuo())).append("</td></tr>\n");
        }
        out.append("</tbody></table>\n");

        out.append("<h3>Delegations</h3>\n<table><thead><tr><th>delegation</th><th>kind</th><th>influence</th>")
                .append("<th>votes</th><th>concession β</th><th>members (cohesion)</th></tr></thead><tbody>\n");
        for (Delegation del : s.delegations()) {
            out.append("<tr><td>").append(swatch(palette, del.id())).append("<strong>").append(text(del.id()))
                    .append("</strong> ").append(text(del.name())).append("</td><td>")
                    .append(text(del.kind().name().toLowerCase(Locale.ROOT))).append("</td><td class=\"n\">")
                    .append(number(del.influence(), 2)).append("</td><td class=\"n\">").append(del.votes())
                    .append("</td><td class=\"n\">").append(number(del.concession(), 2)).append("</td><td>");
            if (!del.members().isEmpty()) {
                out.append(text(String.join(", ", del.members()))).append(" (cohesion ")
                        .append(number(del.cohesion(), 2)).append(")");
            }
            out.append("</td></tr>\n");
        }
        out.append("</tbody></table>\n<p class=\"small\">Influence weighs a delegation in the chair's compromise; ")
                .append("β below 1 concedes late (hard-line), above 1 early.</p>\n");

        out.append("<h3>Positions, and where each number comes from</h3>\n");
        for (Clause c : s.clauses()) {
            out.append("<h4>").append(text(c.title())).append(" <code>").append(text(c.id())).append("</code></h4>\n")
                    .append("<table><thead><tr><th>delegation</th><th>position</th><th>salience</th>")
                    .append("<th>red line</th><th>rationale</th><th>source</th></tr></thead><tbody>\n");
            for (Delegation del : s.delegations()) {
                Stance st = del.stance(c.id());
                if (st == null) {
                    continue;
                }
                out.append("<tr><td>").append(swatch(palette, del.id())).append(text(del.id())).append("</td>")
                        .append("<td class=\"n\">").append(position(st.position())).append("</td><td class=\"n\">")
                        .append(number(st.salience(), 2)).append("</td><td class=\"n\">")
                        .append(st.redLine() == null ? "—" : position(st.redLine().min()) + "–"
                                + position(st.redLine().max()))
                        .append("</td><td>").append(text(st.rationale())).append("</td><td>");
                if (st.source() != null && !st.source().isEmpty()) {
                    out.append("<a href=\"#").append(Html.id("source-", st.source())).append("\">")
                            .append(text(st.source())).append("</a>");
                }
                out.append("</td></tr>\n");
            }
            out.append("</tbody></table>\n");
        }

        out.append("<h3>Sources</h3>\n");
        if (s.metadata().sources().isEmpty()) {
            out.append("<p>The scenario cites no sources.</p>\n");
        } else {
            out.append("<ol>\n");
            for (Source src : s.metadata().sources()) {
                out.append("<li id=\"").append(Html.id("source-", src.id())).append("\"><code>").append(text(src.id()))
                        .append("</code>: ").append(Html.link(src.url(), src.title()));
                if (src.publisher() != null && !src.publisher().isBlank()) {
                    out.append(", ").append(text(src.publisher()));
                }
                if (src.date() != null && !src.date().isBlank()) {
                    out.append(", ").append(text(src.date()));
                }
                if (src.url() != null && !src.url().isBlank()) {
                    out.append(" <span class=\"small\">").append(text(src.url())).append("</span>");
                }
                out.append("</li>\n");
            }
            out.append("</ol>\n");
        }

        Protocol p = s.protocol();
        out.append("<h3>Protocol</h3>\n<p>Up to ").append(p.maxRounds()).append(" rounds; ")
                .append(text(p.loss().name().toLowerCase(Locale.ROOT))).append(" loss; mediator step λ = ")
                .append(number(p.mediatorStep(), 2)).append("; temperature τ = ").append(number(p.temperature(), 3))
                .append("; ").append(p.dropContestedAfter() > 0 ? "a clause that red lines block for "
                        + p.dropContestedAfter() + " rounds is dropped" : "no clause is dropped")
                .append("; decision rule ").append(text(p.decisionRule().name().toLowerCase(Locale.ROOT)));
        if (p.decisionRule().name().equals("MAJORITY")) {
            out.append(" with a threshold of ").append(percent(p.threshold())).append(" of votes cast");
        }
        out.append(".</p>\n</section>\n");
    }

    private static String swatch(Palette palette, String id) {
        return "<span class=\"swatch\" style=\"background:" + palette.hex(id) + "\"></span>";
    }

    private static void run(StringBuilder out, ReportData d, Palette palette) {
        Scenario s = d.scenario();
        RunResult r = d.run();
        Negotiation g = new Negotiation(s);
        out.append("<section id=\"run\">\n<h2>2. A deterministic run, round by round</h2>\n")
                .append("<p>Run 0 of seed ").append(d.seed()).append(" on the ").append(text(d.engine()))
                .append(" engine: <span class=\"outcome\">").append(outcome(r)).append("</span>.");
        if (r.vote() != null) {
            out.append(String.format(Locale.ROOT, " Vote: %d yes, %d no (%s of votes cast; %s needed).",
                    r.vote().yes(), r.vote().no(), percent(r.vote().share()), percent(r.vote().threshold())));
        }
        out.append(" Blockers: ").append(r.blockers().isEmpty() ? "none" : text(String.join(", ", r.blockers())))
                .append(".</p>\n");
        out.append("<h3>Final text").append(r.outcome().adopted() ? " (adopted)" : " on the table (not adopted)")
                .append("</h3>\n");
        draftTable(out, s, r.finalText());
        out.append("<h3>Gains over each delegation's BATNA</h3>\n<table><thead><tr><th>delegation</th>")
                .append("<th>BATNA</th><th>utility of the final text</th><th>gain</th></tr></thead><tbody>\n");
        Draft f = r.finalText();
        for (int i = 0; i < g.delegations(); i++) {
            out.append("<tr><td>").append(swatch(palette, g.id(i))).append(text(g.id(i))).append("</td><td class=\"n\">")
                    .append(number(g.batna(i), 3)).append("</td><td class=\"n\">")
                    .append(number(g.utility(i, f.positions(), f.dropped()), 3)).append("</td><td class=\"n\">")
                    .append(String.format(Locale.ROOT, "%+.3f", r.gains().get(g.id(i)))).append("</td></tr>\n");
        }
        out.append("</tbody></table>\n");

        out.append("<h3>The draft of each clause per round</h3>\n<p>The black line is the chair's draft; the dashed ")
                .append("lines are the ideal points of the delegations that care about the clause, in their colours.</p>\n");
        for (ChartImage chart : RunCharts.positions(s, r)) {
            figure(out, chart);
        }

        out.append("<h3>Transcript</h3>\n");
        int last = r.transcript().size() - 1;
        for (RoundRecord round : r.transcript()) {
            int accepted = (int) round.responses().stream().filter(x -> x.kind().name().equals("ACCEPT")).count();
            out.append("<details").append(round.round() == 0 || round.round() == last ? " open" : "")
                    .append("><summary>Round ").append(round.round() + 1).append(" of ").append(s.protocol().maxRounds())
                    .append(": ").append(accepted).append(" of ").append(round.responses().size())
                    .append(" accept</summary>\n<h4>Draft</h4>\n");
            draftTable(out, s, round.draft());
            out.append("<table><thead><tr><th>delegation</th><th>answer</th><th>utility</th><th>aspiration</th>")
                    .append("<th>red lines crossed</th><th>amendments tabled (costliest first)</th></tr></thead><tbody>\n");
            for (Response resp : round.responses()) {
                String kind = resp.kind().name().toLowerCase(Locale.ROOT);
                out.append("<tr><td>").append(swatch(palette, resp.delegationId())).append(text(resp.delegationId()))
                        .append("</td><td class=\"").append(kind).append("\">").append(kind)
                        .append("</td><td class=\"n\">").append(number(resp.utility(), 3)).append("</td><td class=\"n\">")
                        .append(number(resp.aspiration(), 3)).append("</td><td>")
                        .append(text(String.join(", ", resp.redLinesCrossed()))).append("</td><td>")
                        .append(resp.amendments().stream().map(HtmlReport::amendment).collect(Collectors.joining(", ")))
                        .append("</td></tr>\n");
            }
            out.append("</tbody></table>\n");
            if (!round.dropped().isEmpty()) {
                out.append("<p>The chair drops ").append(text(String.join(", ", round.dropped())))
                        .append(": red lines kept blocking it.</p>\n");
            }
            out.append("</details>\n");
        }
        out.append("</section>\n");
    }

    private static String amendment(Amendment a) {
        return text(a.clauseId()) + " → " + position(a.position());
    }

    private static void draftTable(StringBuilder out, Scenario s, Draft draft) {
        out.append("<table><thead><tr><th>clause</th><th>position</th><th>nearest scale label</th></tr></thead><tbody>\n");
        for (int c = 0; c < s.clauses().size(); c++) {
            Clause clause = s.clauses().get(c);
            out.append("<tr><td>").append(text(clause.id())).append("</td>");
            if (draft.isDropped(c)) {
                out.append("<td class=\"n\">—</td><td>dropped: the status quo (").append(position(clause.statusQuo()))
                        .append(") holds</td>");
            } else {
                out.append("<td class=\"n\">").append(position(draft.position(c))).append("</td><td>")
                        .append(text(clause.nearestLabel(draft.position(c)))).append("</td>");
            }
            out.append("</tr>\n");
        }
        out.append("</tbody></table>\n");
    }

    /** The story, the pivotal delegations and the flip table of {@code plenary explain}. */
    private static void why(StringBuilder out, ReportData d) {
        Explanation e = d.explanation();
        out.append("<section id=\"why\">\n<h2>3. Why this outcome</h2>\n");
        if (e == null) {
            out.append("<p>Not computed for this report.</p>\n</section>\n");
            return;
        }
        out.append("<h3>The story</h3>\n<ul>\n");
        for (StoryRound round : e.story()) {
            List<String> parts = new ArrayList<>();
            if (!round.accepting().isEmpty()) {
                parts.add("accept: " + round.accepting().stream().map(m -> String.format(Locale.ROOT, "%s (%+.3f)",
                        m.delegationId(), m.margin())).collect(Collectors.joining(", ")));
            }
            if (!round.objecting().isEmpty()) {
                parts.add("turn to object: " + round.objecting().stream().map(Margin::delegationId)
                        .collect(Collectors.joining(", ")));
            }
            if (!round.refusing().isEmpty()) {
                parts.add("refuse (red line): " + String.join(", ", round.refusing()));
            }
            if (round.forAdoption()) {
                parts.add("the same draft tabled for adoption");
            }
            if (!round.reserving().isEmpty()) {
                parts.add("join with reservations: " + String.join(", ", round.reserving()));
            }
            if (!round.callingVote().isEmpty()) {
                parts.add("call a recorded vote: " + String.join(", ", round.callingVote()));
            }
            if (!round.dropped().isEmpty()) {
                parts.add("the chair drops " + String.join(", ", round.dropped()));
            }
            ClauseMove biggest = round.moves().stream()
                    .max(java.util.Comparator.comparingDouble(m -> Math.abs(m.change()))).orElse(null);
            if (biggest != null) {
                String who = biggest.pulls().isEmpty() ? "" : " (pulled most by " + biggest.pulls().get(0).delegationId()
                        + ")";
                parts.add(String.format(Locale.ROOT, "the chair then moves %s %.1f → %.1f%s", biggest.clauseId(),
                        biggest.from(), biggest.to(), who));
            }
            if (parts.isEmpty()) {
                continue;
            }
            out.append("<li>Round ").append(round.round() + 1).append(": ").append(text(String.join("; ", parts)))
                    .append("</li>\n");
        }
        out.append("</ul>\n<h3>Pivotal delegations</h3>\n<ul>\n");
        for (Pivot p : e.pivots()) {
            out.append("<li>").append(text(p.delegationId())).append(": ")
                    .append(text(p.role().name().toLowerCase(Locale.ROOT).replace('_', ' ')))
                    .append(String.format(Locale.ROOT, ", margin %+.4f", p.margin())).append("</li>\n");
        }
        out.append("</ul>\n<h3>Smallest single changes that flip the outcome</h3>\n");
        if (e.flips().isEmpty()) {
            out.append("<p>None: no single change of one delegation's position, salience, red line or concession "
                    + "changes this outcome.</p>\n");
        } else {
            out.append("<table><thead><tr><th>delegation</th><th>input</th><th>from</th><th>to</th><th>change</th>"
                    + "<th>outcome then</th></tr></thead><tbody>\n");
            List<Flip> sorted = new ArrayList<>(e.flips());
            sorted.sort(java.util.Comparator.comparing((Flip f) -> f.lever()).thenComparingDouble(Flip::size));
            for (Flip f : sorted) {
                out.append("<tr><td>").append(text(f.delegationId())).append("</td><td>")
                        .append(text((f.clauseId() == null ? "" : f.clauseId() + ".") + f.lever().field()))
                        .append(String.format(Locale.ROOT, "</td><td>%.3f</td><td>%.3f</td><td>%+.3f</td><td>",
                                f.from(), f.to(), f.to() - f.from()))
                        .append(text(f.outcome().name().toLowerCase(Locale.ROOT).replace('_', ' ')))
                        .append("</td></tr>\n");
            }
            out.append("</tbody></table>\n");
        }
        for (ChartImage chart : ExplainCharts.flips(d.scenario(), e)) {
            figure(out, chart);
        }
        out.append("<p class=\"small\">How these are found: docs/design.md §2.4 (grid scan and bisection on each "
                + "input alone, same seed).</p>\n</section>\n");
    }

    private static void figure(StringBuilder out, ChartImage chart) {
        out.append("<figure>").append(chart.inlineSvg()).append("<figcaption>").append(text(chart.description()))
                .append("</figcaption></figure>\n");
    }

    /** How fragile the Monte Carlo headline is, said plainly. */
    static String fragilitySentence(MonteCarloResult mc, int maxRounds) {
        StringBuilder b = new StringBuilder("How fragile: ");
        if (mc.lastRound().trials() > 0) {
            b.append(String.format(Locale.ROOT, "%.0f%% of the consensus outcomes came only in the last round (%d),"
                    + " when every aspiration had fallen to its floor; ", 100 * mc.lastRound().estimate(), maxRounds));
        }
        b.append(String.format(Locale.ROOT, "in %.0f%% of the runs the adopted text hangs on a small margin (a"
                + " delegation accepts it by less than %.2f over its BATNA).", 100 * mc.fragile().estimate(),
                org.plenary.core.protocol.Fragility.SMALL_MARGIN));
        if (mc.lastRound().trials() > 0 && mc.lastRound().estimate() >= 0.5 || mc.fragile().estimate() >= 0.25) {
            b.append(" The probabilities above therefore depend on the number of rounds, the concession exponents and"
                    + " small changes in the least satisfied delegations' preferences.");
        }
        return b.toString();
    }

    private static void monteCarlo(StringBuilder out, ReportData d, Palette palette) {
        MonteCarloResult mc = d.monteCarlo();
        out.append("<section id=\"montecarlo\">\n<h2>4. Monte Carlo results</h2>\n<p>")
                .append(String.format(Locale.ROOT, "%,d", mc.runs())).append(" runs from seed ").append(mc.seed())
                .append(d.scenario().uncertainty().isNone()
                        ? ", each with the scenario's inputs as written (no uncertainty section in effect) and the delegations' random responses. "
                        : ", each redrawing the scenario's uncertain inputs and the delegations' random responses. ")
                .append("Probabilities carry 95% Wilson intervals.</p>\n")
                .append("<table><thead><tr><th>outcome</th><th>runs</th><th>probability</th><th>95% interval</th>")
                .append("</tr></thead><tbody>\n");
        outcomeRow(out, "consensus", mc.consensus());
        if (d.scenario().protocol().forum() == org.plenary.core.model.Forum.GENERAL_ASSEMBLY) {
            outcomeRow(out, "consensus with reservations", mc.consensusWithReservations());
        }
        outcomeRow(out, "adopted by vote", mc.adoptedByVote());
        if (d.scenario().protocol().forum() == org.plenary.core.model.Forum.CHAIR_SUMMARY) {
            outcomeRow(out, "chair's summary", mc.chairSummary());
        }
        outcomeRow(out, "no agreement", mc.noAgreement());
        out.append("</tbody></table>\n");
        SimulationSummary summary = SimulationSummary.of(d.scenario().metadata().title(), mc);
        List<ChartImage> charts = SimulationCharts.all(summary, palette);
        figure(out, charts.get(0));

        out.append("<h3>Who blocks</h3>\n<table><thead><tr><th>delegation</th><th>P(blocker)</th>")
                .append("<th>95% interval</th><th>mean gain</th><th>95% interval</th></tr></thead><tbody>\n");
        for (DelegationStats x : mc.delegations()) {
            out.append("<tr><td>").append(swatch(palette, x.delegationId())).append(text(x.delegationId()))
                    .append("</td><td class=\"n\">").append(percent(x.blocker().estimate())).append("</td><td class=\"n\">[")
                    .append(percent(x.blocker().lower())).append(", ").append(percent(x.blocker().upper()))
                    .append("]</td><td class=\"n\">").append(String.format(Locale.ROOT, "%+.4f", x.gain().mean()))
                    .append("</td><td class=\"n\">").append(SimulationText.interval("%+.4f", x.gain().lower(),
                            x.gain().upper())).append("</td></tr>\n");
        }
        out.append("</tbody></table>\n");
        for (ChartImage c : charts.subList(1, charts.size())) {
            if (c.name().equals("final-positions")) {
                out.append("<h3>The final text</h3>\n<table><thead><tr><th>clause</th><th>in text</th>")
                        .append("<th>mean</th><th>5%</th><th>median</th><th>95%</th></tr></thead><tbody>\n");
                for (ClauseStats cs : mc.clauses()) {
                    out.append("<tr><td>").append(text(cs.clauseId())).append("</td><td class=\"n\">")
                            .append(percent(cs.inText().estimate())).append("</td><td class=\"n\">")
                            .append(position(cs.mean())).append("</td><td class=\"n\">").append(position(cs.p5()))
                            .append("</td><td class=\"n\">").append(position(cs.p50())).append("</td><td class=\"n\">")
                            .append(position(cs.p95())).append("</td></tr>\n");
                }
                out.append("</tbody></table>\n");
            } else if (c.name().equals("rounds")) {
                out.append(String.format(Locale.ROOT, "<h3>Rounds used</h3>\n<p>Mean %.2f %s.</p>%n",
                        mc.rounds().mean(), SimulationText.interval("%.2f", mc.rounds().lower(), mc.rounds().upper())));
            }
            figure(out, c);
        }
        out.append("</section>\n");
    }

    private static void outcomeRow(StringBuilder out, String name, Proportion p) {
        out.append("<tr><td>").append(name).append("</td><td class=\"n\">").append(p.successes())
                .append("</td><td class=\"n\">").append(percent(p.estimate())).append("</td><td class=\"n\">[")
                .append(percent(p.lower())).append(", ").append(percent(p.upper())).append("]</td></tr>\n");
    }

    private static void baselines(StringBuilder out, ReportData d) {
        Scenario s = d.scenario();
        out.append("<section id=\"baselines\">\n<h2>5. Baseline forecasts</h2>\n<p>The classic models on the same ")
                .append("input, beside the agent-based results: the compromise model (influence- and salience-weighted ")
                .append("mean), the weighted median (\"median voter\"), the Nash bargaining solution over the BATNAs, and ")
                .append("Bueno de Mesquita's expected-utility model.</p>\n<table><thead><tr><th>clause</th>")
                .append("<th>deterministic run</th><th>Monte Carlo median</th><th>compromise</th>")
                .append("<th>weighted median</th><th>Nash</th><th>expected utility</th></tr></thead><tbody>\n");
        for (int c = 0; c < s.clauses().size(); c++) {
            Clause clause = s.clauses().get(c);
            Forecast f = d.baselines().forecasts().get(c);
            Draft text = d.run().finalText();
            out.append("<tr><td>").append(text(clause.id())).append("</td><td class=\"n\">")
                    .append(text.isDropped(c) ? "dropped (" + position(clause.statusQuo()) + ")" : position(text.position(c)))
                    .append("</td><td class=\"n\">").append(position(d.monteCarlo().clauses().get(c).p50()))
                    .append("</td><td class=\"n\">").append(position(f.compromise())).append("</td><td class=\"n\">")
                    .append(position(f.weightedMedian())).append("</td><td class=\"n\">").append(position(f.nash()))
                    .append("</td><td class=\"n\">").append(position(f.expectedUtility())).append("</td></tr>\n");
        }
        out.append("</tbody></table>\n");
        NashSolution nash = d.baselines().nash();
        out.append("<p class=\"small\">Nash: ").append(switch (nash.status()) {
            case SOLVED -> "solved over " + text(String.join(", ", nash.bargainers()));
            case EMPTY -> "no text gives every delegation a gain over its BATNA; the status quo is shown";
            case NO_BARGAINERS -> "no delegation can gain over its BATNA; the status quo is shown";
        });
        if (!nash.excluded().isEmpty()) {
            out.append("; left out (cannot gain on the status quo): ").append(text(String.join(", ", nash.excluded())));
        }
        out.append(".</p>\n</section>\n");
    }

    private static void reproduce(StringBuilder out, ReportData d) {
        String file = d.scenarioFile();
        long runs = d.monteCarlo().runs();
        out.append("<section id=\"reproduce\">\n<h2>6. How to reproduce</h2>\n<p>The same scenario file, seed and ")
                .append("number of runs give the same numbers on any machine and thread count.</p>\n<pre>")
                .append(text(String.format(Locale.ROOT, "plenary report %s --runs %d --seed %d%n", quote(file), runs,
                        d.seed())))
                .append(text(String.format(Locale.ROOT, "plenary run %s --seed %d%n", quote(file), d.seed())))
                .append(text(String.format(Locale.ROOT, "plenary simulate %s --runs %d --seed %d%n", quote(file), runs,
                        d.seed())))
                .append(text(String.format(Locale.ROOT, "plenary forecast %s --runs %d --seed %d", quote(file), runs,
                        d.seed())))
                .append("</pre>\n<table><tbody>\n")
                .append("<tr><th>Plenary version</th><td>").append(text(d.version())).append("</td></tr>\n")
                .append("<tr><th>scenario file</th><td><code>").append(text(file)).append("</code></td></tr>\n")
                .append("<tr><th>scenario SHA-256</th><td><code>").append(text(d.sha256())).append("</code></td></tr>\n")
                .append("<tr><th>seed</th><td>").append(d.seed()).append("</td></tr>\n")
                .append("<tr><th>Monte Carlo runs</th><td>").append(runs).append("</td></tr>\n")
                .append("<tr><th>engine</th><td>").append(text(d.engine())).append("</td></tr>\n")
                .append("</tbody></table>\n</section>\n");
    }

    /** A file name as a shell argument: single-quoted unless it is plain. */
    static String quote(String arg) {
        return arg.matches("[A-Za-z0-9_./+-]+") ? arg : "'" + arg.replace("'", "'\\''") + "'";
    }
}
