package org.plenary.io.export;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.plenary.core.explain.ClauseMove;
import org.plenary.core.explain.Explanation;
import org.plenary.core.explain.Flip;
import org.plenary.core.explain.Lever;
import org.plenary.core.explain.Margin;
import org.plenary.core.explain.Pivot;
import org.plenary.core.explain.Pull;
import org.plenary.core.explain.StoryRound;
import org.plenary.core.model.Clause;
import org.plenary.core.model.Scenario;
import org.plenary.core.protocol.Draft;
import org.plenary.core.protocol.RunResult;
import org.plenary.experiment.explain.Screening;
import org.plenary.io.source.Quote;

/**
 * {@code plenary explain} as text that fits a screen: the story of the run (quiet rounds folded),
 * the pivotal delegations, the smallest changes that flip the outcome, and the closest acceptable text.
 */
public final class ExplanationText {

    /** Clause moves shown per round and pulls shown per move (the JSON has all). */
    static final int MOVES_SHOWN = 2;
    static final int PULLS_SHOWN = 2;
    /** Flips shown in scale points and in other units (the JSON has all). */
    static final int POINT_FLIPS_SHOWN = 6;
    static final int OTHER_FLIPS_SHOWN = 3;
    static final int EFFECTS_SHOWN = 6;

    private ExplanationText() {
    }

    /** Renders the report. */
    public static String render(ExplainReport report) {
        Scenario s = report.scenario();
        Explanation e = report.explanation();
        RunResult r = e.result();
        StringBuilder out = new StringBuilder();
        out.append("Why: ").append(Quote.printable(s.metadata().title())).append('\n');
        out.append(String.format(Locale.ROOT, "Seed %d: %s after %d round%s of %d.%n", report.seed(),
                outcome(r), r.roundsUsed(), r.roundsUsed() == 1 ? "" : "s", s.protocol().maxRounds()));
        out.append("\nThe story: first acceptances and refusals, drops, the end; the chair's moves in between\n");
        Stretch stretch = new Stretch();
        java.util.Set<String> everAccepted = new java.util.HashSet<>();
        java.util.Set<String> everRefused = new java.util.HashSet<>();
        java.util.Set<String> wavering = new java.util.TreeSet<>();
        int waveringRounds = 0;
        int lastRound = r.roundsUsed() - 1;
        for (StoryRound round : e.story()) {
            boolean milestone = round.round() == 0 || round.round() >= lastRound - 1 || !round.dropped().isEmpty()
                    || round.forAdoption() || !round.reserving().isEmpty() || !round.callingVote().isEmpty();
            for (Margin m : round.accepting()) {
                milestone |= !everAccepted.contains(m.delegationId());
            }
            for (String id : round.refusing()) {
                milestone |= !everRefused.contains(id);
            }
            if (milestone) {
                stretch.flush(out);
                if (waveringRounds > 0) {
                    out.append(String.format(Locale.ROOT, "    (%d round%s in which %s went back and forth)%n",
                            waveringRounds, waveringRounds == 1 ? "" : "s", String.join(", ", wavering)));
                    waveringRounds = 0;
                    wavering.clear();
                }
                out.append(String.format(Locale.ROOT, "  Round %d%s: %s%n", round.round() + 1,
                        round.forAdoption() ? " (the same draft tabled for adoption: a vote would adopt it)" : "",
                        answers(round)));
            } else if (!round.accepting().isEmpty() || !round.objecting().isEmpty() || !round.refusing().isEmpty()) {
                waveringRounds++;
                round.accepting().forEach(m -> wavering.add(m.delegationId()));
                round.objecting().forEach(m -> wavering.add(m.delegationId()));
                wavering.addAll(round.refusing());
            }
            round.accepting().forEach(m -> everAccepted.add(m.delegationId()));
            everRefused.addAll(round.refusing());
            stretch.add(round);
        }
        stretch.flush(out);
        out.append("\nPivotal\n");
        if (e.pivots().isEmpty()) {
            out.append("  none\n");
        }
        for (Pivot p : e.pivots()) {
            out.append("  ").append(pivot(p)).append('\n');
        }
        out.append("\nSmallest single changes that flip the outcome (same seed, everything else as is)\n");
        flips(out, s, e.flips());
        if (e.closest() != null) {
            out.append("\nClosest text every delegation would accept in the last round: ")
                    .append(closest(s, r.finalText(), e.closest())).append('\n');
        } else if (!r.blockers().isEmpty()) {
            out.append("\nNo text exists that every delegation would accept in the last round "
                    + "(red lines or BATNAs leave no common ground).\n");
        }
        Screening.Result m = report.screening();
        if (m != null) {
            out.append(String.format(Locale.ROOT, "%nMonte Carlo (%d runs): P(consensus) %.3f; %s%n", m.runs(),
                    m.pConsensus(), m.consensusRuns() == 0 ? "no consensus run"
                            : String.format(Locale.ROOT, "%.0f%% of consensus runs hang on a margin below %s",
                                    100 * m.fragileShare(), trim(m.threshold()))));
            out.append("Inputs that move P(consensus) most (one at a time, same seeds):\n");
            for (Screening.Effect x : m.effects().subList(0, Math.min(EFFECTS_SHOWN, m.effects().size()))) {
                out.append(String.format(Locale.ROOT, "  %-28s %s → %s: P %.3f → %.3f (%+.3f)%n",
                        x.delegationId() + " " + lever(x.lever(), x.clauseId()), trim(x.low()), trim(x.high()),
                        x.pLow(), x.pHigh(), x.effect()));
            }
        }
        out.append(String.format(Locale.ROOT, "%n(%d runs searched in %.1f s; --format json lists every flip.)%n",
                e.trials(), report.millis() / 1000.0));
        return out.toString();
    }

    private static String outcome(RunResult r) {
        return switch (r.outcome()) {
            case CONSENSUS -> "consensus";
            case ADOPTED_BY_VOTE -> String.format(Locale.ROOT, "adopted by vote (%d yes, %d no)", r.vote().yes(),
                    r.vote().no());
            case NO_AGREEMENT -> r.blockers().isEmpty() ? "no agreement"
                    : "no agreement (blocked by " + String.join(", ", r.blockers()) + ")";
            default -> r.outcome().name().toLowerCase(Locale.ROOT).replace('_', ' ');
        };
    }

    private static String answers(StoryRound round) {
        List<String> parts = new ArrayList<>();
        if (!round.accepting().isEmpty()) {
            parts.add("accept " + margins(round.accepting()));
        }
        if (!round.objecting().isEmpty()) {
            parts.add("turn to object " + margins(round.objecting()));
        }
        if (!round.refusing().isEmpty()) {
            parts.add("refuse (red line) " + String.join(", ", round.refusing()));
        }
        if (!round.reserving().isEmpty()) {
            parts.add("join the consensus with reservations " + String.join(", ", round.reserving()));
        }
        if (!round.callingVote().isEmpty()) {
            parts.add("call a recorded vote " + String.join(", ", round.callingVote()));
        }
        if (!round.dropped().isEmpty()) {
            parts.add("the chair drops " + String.join(", ", round.dropped()) + " (red lines kept blocking it)");
        }
        if (parts.isEmpty()) {
            parts.add(round.round() == 0 ? "everyone objects (nobody has conceded yet)" : "no answer changes");
        }
        return String.join("; ", parts) + ".";
    }

    /** The chair's moves over consecutive rounds, added up per clause and per objector. */
    private static final class Stretch {
        private int first = -1;
        private int last = -1;
        private final java.util.Map<String, double[]> span = new java.util.LinkedHashMap<>();
        private final java.util.Map<String, java.util.Map<String, Double>> pulls = new java.util.LinkedHashMap<>();

        void add(StoryRound round) {
            for (ClauseMove m : round.moves()) {
                if (first < 0) {
                    first = round.round();
                }
                last = round.round();
                span.computeIfAbsent(m.clauseId(), k -> new double[] {m.from(), m.to()})[1] = m.to();
                java.util.Map<String, Double> byId = pulls.computeIfAbsent(m.clauseId(), k -> new java.util.TreeMap<>());
                for (Pull p : m.pulls()) {
                    byId.merge(p.delegationId(), p.amount(), Double::sum);
                }
                if (m.unexplained() != 0) {
                    byId.merge("chair", m.unexplained(), Double::sum);
                }
            }
        }

        void flush(StringBuilder out) {
            if (span.isEmpty()) {
                return;
            }
            List<String> clauses = new ArrayList<>(span.keySet());
            clauses.sort(Comparator.comparingDouble((String c) -> -Math.abs(span.get(c)[1] - span.get(c)[0])));
            List<String> shown = new ArrayList<>();
            for (String c : clauses.subList(0, Math.min(MOVES_SHOWN, clauses.size()))) {
                double[] fromTo = span.get(c);
                List<java.util.Map.Entry<String, Double>> by = new ArrayList<>(pulls.get(c).entrySet());
                by.sort(Comparator.comparingDouble((java.util.Map.Entry<String, Double> x) -> -Math.abs(x.getValue())));
                List<String> who = new ArrayList<>();
                for (var x : by.subList(0, Math.min(PULLS_SHOWN, by.size()))) {
                    who.add(String.format(Locale.ROOT, "%s %+.1f", x.getKey(), x.getValue()));
                }
                shown.add(String.format(Locale.ROOT, "%s %.1f → %.1f", c, fromTo[0], fromTo[1])
                        + (who.isEmpty() ? "" : " (" + String.join(", ", who) + ")"));
            }
            String rounds = first == last ? String.format(Locale.ROOT, "after round %d", first + 1)
                    : String.format(Locale.ROOT, "after rounds %d–%d", first + 1, last + 1);
            out.append(String.format(Locale.ROOT, "    %s the chair moves %s%s%n", rounds, String.join("; ", shown),
                    clauses.size() > MOVES_SHOWN ? String.format(Locale.ROOT, " and %d more", clauses.size()
                            - MOVES_SHOWN) : ""));
            span.clear();
            pulls.clear();
            first = -1;
            last = -1;
        }
    }

    private static String margins(List<Margin> list) {
        List<String> out = new ArrayList<>();
        for (Margin m : list) {
            out.add(String.format(Locale.ROOT, "%s (%+.3f)", m.delegationId(), m.margin()));
        }
        return String.join(", ", out);
    }

    private static String pivot(Pivot p) {
        return switch (p.role()) {
            case LAST_TO_ACCEPT -> String.format(Locale.ROOT,
                    "%s accepted in the deciding round with a margin of %+.4f (utility − aspiration)", p.delegationId(),
                    p.margin());
            case BLOCKER -> String.format(Locale.ROOT, "%s did not accept: utility − BATNA %+.4f", p.delegationId(),
                    p.margin());
            case RED_LINE -> String.format(Locale.ROOT, "%s refused: a red line is crossed (utility − BATNA %+.4f)",
                    p.delegationId(), p.margin());
            case NEEDED_YES -> String.format(Locale.ROOT, "%s: its %.0f yes votes were needed for the threshold",
                    p.delegationId(), p.margin());
            case DECISIVE_NO -> String.format(Locale.ROOT,
                    "%s: its %.0f no votes, cast yes, would have reached the threshold", p.delegationId(), p.margin());
        };
    }

    private static void flips(StringBuilder out, Scenario s, List<Flip> flips) {
        if (flips.isEmpty()) {
            out.append("  none: no single change of one delegation's position, salience, red line or concession "
                    + "changes this outcome.\n");
            return;
        }
        List<Flip> points = new ArrayList<>();
        List<Flip> others = new ArrayList<>();
        for (Flip f : flips) {
            (f.lever() == Lever.SALIENCE || f.lever() == Lever.CONCESSION ? others : points).add(f);
        }
        Comparator<Flip> bySize = Comparator.comparingDouble(Flip::size).thenComparing(Flip::delegationId);
        points.sort(bySize);
        others.sort(Comparator.comparing((Flip f) -> f.lever()).thenComparing(bySize));
        for (Flip f : points.subList(0, Math.min(POINT_FLIPS_SHOWN, points.size()))) {
            // a change below a hundredth of a point is shown to the search's own precision (10⁻³), not as 0.00
            String digits = Math.abs(f.to() - f.from()) < 0.01 ? "3" : "2";
            out.append(String.format(Locale.ROOT, "  %-30s %6." + digits + "f → %6." + digits + "f  (%+." + digits
                    + "f points) → %s%n", f.delegationId() + " " + lever(f.lever(), f.clauseId()), f.from(), f.to(),
                    f.to() - f.from(), name(f)));
        }
        for (Flip f : others.subList(0, Math.min(OTHER_FLIPS_SHOWN, others.size()))) {
            out.append(String.format(Locale.ROOT, "  %-30s %6.3f → %6.3f  (%+.3f) → %s%n",
                    f.delegationId() + " " + lever(f.lever(), f.clauseId()), f.from(), f.to(), f.to() - f.from(),
                    name(f)));
        }
        int hidden = points.size() + others.size() - Math.min(POINT_FLIPS_SHOWN, points.size())
                - Math.min(OTHER_FLIPS_SHOWN, others.size());
        if (hidden > 0) {
            out.append(String.format(Locale.ROOT, "  … and %d more%n", hidden));
        }
    }

    private static String name(Flip f) {
        return f.outcome().name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    private static String lever(Lever lever, String clauseId) {
        return clauseId == null ? lever.field() : clauseId + "." + lever.field();
    }

    private static String closest(Scenario s, Draft from, Draft to) {
        List<String> parts = new ArrayList<>();
        double sum = 0;
        for (int c = 0; c < s.clauses().size(); c++) {
            if (from.isDropped(c)) {
                continue;
            }
            double d = to.position(c) - from.position(c);
            sum += d * d;
            if (Math.abs(d) >= 0.05) {
                Clause clause = s.clauses().get(c);
                parts.add(String.format(Locale.ROOT, "%s %.1f → %.1f", clause.id(), from.position(c), to.position(c)));
            }
        }
        return (parts.isEmpty() ? "the final text itself" : String.join(", ", parts))
                + String.format(Locale.ROOT, " (distance %.1f points)", Math.sqrt(sum));
    }

    private static String trim(double x) {
        String s = String.format(Locale.ROOT, "%.3f", x);
        s = s.replaceAll("0+$", "");
        return s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
    }
}
