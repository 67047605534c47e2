package org.plenary.io.export;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.plenary.core.model.Clause;
import org.plenary.core.model.ScaleLabel;
import org.plenary.core.model.DecisionRule;
import org.plenary.core.model.Forum;
import org.plenary.core.model.Protocol;
import org.plenary.core.model.Scenario;
import org.plenary.core.protocol.Amendment;
import org.plenary.core.protocol.Draft;
import org.plenary.core.protocol.Fragility;
import org.plenary.core.protocol.Negotiation;
import org.plenary.core.protocol.Response;
import org.plenary.core.protocol.ResponseKind;
import org.plenary.core.protocol.RoundRecord;
import org.plenary.core.protocol.RunResult;
import org.plenary.core.protocol.VoteTally;
import org.plenary.io.source.Quote;

/**
 * The transcript of a run as text a student can follow: per round the draft (number and nearest
 * scale label), each delegation's answer with its utility against its aspiration and the
 * amendments it tables; then the outcome. Columns are aligned; colour only when asked for.
 */
public final class TranscriptText {

    /** How many amendments per objector the text shows (the JSON has all). */
    static final int AMENDMENTS_SHOWN = 3;

    private final boolean colour;
    private final boolean brief;
    /** "call-vote" is the longest answer; the first protocol's answers fit in 7 characters. */
    private int answerWidth = 7;

    /** @param colour whether to emit ANSI colours (only for a terminal) */
    public TranscriptText(boolean colour) {
        this(colour, false);
    }

    /**
     * @param colour whether to emit ANSI colours (only for a terminal)
     * @param brief  fold rounds that repeat the previous one (same draft, same answers) and show only
     *               the clauses that moved and the answers that changed
     */
    public TranscriptText(boolean colour, boolean brief) {
        this.colour = colour;
        this.brief = brief;
    }

    /** Renders the report. */
    public String render(RunReport report) {
        Scenario s = report.scenario();
        RunResult r = report.result();
        Negotiation g = new Negotiation(s);
        answerWidth = s.protocol().forum() == Forum.GENERAL_ASSEMBLY ? 9 : 7;
        int clauseWidth = s.clauses().stream().mapToInt(c -> c.id().length()).max().orElse(6);
        int idWidth = 0;
        for (int i = 0; i < g.delegations(); i++) {
            idWidth = Math.max(idWidth, g.id(i).length());
        }
        StringBuilder out = new StringBuilder();
        out.append(bold(Quote.printable(s.metadata().title()))).append('\n');
        out.append(String.format(Locale.ROOT, "%d delegations, %d clauses, up to %d rounds, %s loss, seed %d, engine %s%n",
                g.delegations(), g.clauses(), s.protocol().maxRounds(),
                s.protocol().loss().name().toLowerCase(Locale.ROOT), report.seed(), report.engine()));
        out.append(forumSentence(s.protocol())).append('\n');
        out.append('\n');
        RoundRecord previous = null;
        int foldedFrom = -1;
        List<RoundRecord> rounds = r.transcript();
        for (int at = 0; at < rounds.size(); at++) {
            RoundRecord round = rounds.get(at);
            if (brief && previous != null && repeats(previous, round) && at < rounds.size() - 1) {
                foldedFrom = foldedFrom < 0 ? round.round() : foldedFrom;
                continue;
            }
            if (foldedFrom >= 0) {
                out.append(foldedFrom == round.round() - 1
                        ? String.format(Locale.ROOT, "Round %d: the same draft and the same answers.%n%n", foldedFrom + 1)
                        : String.format(Locale.ROOT, "Rounds %d–%d: the same draft and the same answers.%n%n",
                                foldedFrom + 1, round.round()));
                foldedFrom = -1;
            }
            out.append(bold(String.format(Locale.ROOT, "Round %d of %d", round.round() + 1,
                    s.protocol().maxRounds()) + (round.forAdoption() ? ", the same draft tabled for adoption" : "")))
                    .append('\n');
            if (brief && previous != null) {
                out.append("  Draft (clauses that moved)\n");
                moved(out, s, previous.draft(), round.draft(), clauseWidth);
            } else {
                out.append("  Draft\n");
                draft(out, s, round.draft(), clauseWidth);
            }
            out.append(String.format(Locale.ROOT, "  %-" + idWidth + "s  %-" + answerWidth + "s  %7s  %10s%n", "", "answer",
                    "utility", "aspiration"));
            int hidden = 0;
            for (int i = 0; i < round.responses().size(); i++) {
                Response resp = round.responses().get(i);
                if (brief && previous != null && previous.responses().get(i).kind() == resp.kind()) {
                    hidden++;
                    continue;
                }
                out.append(String.format(Locale.ROOT, "  %-" + idWidth + "s  %s  %7.3f  %10.3f",
                        resp.delegationId(), answer(resp.kind()), resp.utility(), resp.aspiration()));
                if (!resp.reservations().isEmpty()) {
                    out.append("  joins, dissociating itself from: ").append(String.join(", ", resp.reservations()));
                }
                if (resp.kind() == ResponseKind.CALL_VOTE) {
                    out.append("  calls a recorded vote");
                }
                if (!resp.redLinesCrossed().isEmpty()) {
                    out.append("  red line crossed: ").append(String.join(", ", resp.redLinesCrossed()));
                }
                if (!resp.amendments().isEmpty()) {
                    List<Amendment> shown = resp.amendments().subList(0,
                            Math.min(AMENDMENTS_SHOWN, resp.amendments().size()));
                    out.append("  amends ").append(shown.stream()
                            .map(a -> a.clauseId() + " → " + format(a.position()))
                            .collect(Collectors.joining(", ")));
                    if (resp.amendments().size() > shown.size()) {
                        out.append(", …");
                    }
                }
                out.append('\n');
            }
            if (hidden > 0) {
                out.append(String.format(Locale.ROOT, "  (%d other%s: the same answer as in the round before)%n", hidden,
                        hidden == 1 ? "" : "s"));
            }
            previous = round;
            if (!round.dropped().isEmpty()) {
                out.append("  The chair drops ").append(String.join(", ", round.dropped()))
                        .append(": red lines kept blocking it.\n");
            }
            if (round.forecast() != null) {
                VoteTally f = round.forecast();
                out.append(String.format(Locale.ROOT, "  A vote on this draft would %s: %d yes, %d no, %d abstaining"
                        + " (%.1f%% of yes + no; %.1f%% needed).%n", round.voteWouldAdopt() ? "pass" : "fail",
                        f.yes(), f.no(), f.abstain(), 100 * f.share(), 100 * f.threshold()));
            }
            out.append('\n');
        }
        out.append(bold("Outcome: " + r.outcome().name().replace('_', ' ').toLowerCase(Locale.ROOT)))
                .append(String.format(Locale.ROOT, " after %d round%s%n", r.roundsUsed(), r.roundsUsed() == 1 ? "" : "s"));
        if (r.vote() != null) {
            VoteTally v = r.vote();
            if (!v.calledBy().isEmpty()) {
                out.append(String.join(", ", v.calledBy())).append(v.calledBy().size() == 1 ? " called" : " called")
                        .append(" a recorded vote rather than join the consensus.\n");
            }
            if (v.abstain() > 0 || s.protocol().forum() != null) {
                out.append(String.format(Locale.ROOT, "Vote: %d yes, %d no, %d abstaining (%.1f%% of yes + no; %.1f%% needed)%n",
                        v.yes(), v.no(), v.abstain(), 100 * v.share(), 100 * v.threshold()));
            } else {
                out.append(String.format(Locale.ROOT, "Vote: %d yes, %d no (%.1f%% of votes cast; %.1f%% needed)%n",
                        v.yes(), v.no(), 100 * v.share(), 100 * v.threshold()));
            }
        }
        for (var e : r.reservations().entrySet()) {
            out.append(e.getKey()).append(" would have been outvoted, so it joined the consensus but dissociated itself from: ")
                    .append(String.join(", ", e.getValue())).append('\n');
        }
        if (r.outcome() == org.plenary.core.protocol.Outcome.CHAIR_SUMMARY) {
            List<String> converged = new java.util.ArrayList<>();
            for (int c = 0; c < s.clauses().size(); c++) {
                String id = s.clauses().get(c).id();
                if (!r.finalText().isDropped(c) && !r.divergent().contains(id)) {
                    converged.add(id);
                }
            }
            out.append("The chair's summary reports convergence on: ")
                    .append(converged.isEmpty() ? "no clause" : String.join(", ", converged)).append('\n');
            out.append("and divergent views on: ").append(String.join(", ", r.divergent())).append('\n');
        }
        out.append(r.outcome().adopted() ? "Final text (adopted)\n" : "Final text on the table (not adopted)\n");
        draft(out, s, r.finalText(), clauseWidth);
        out.append("Blockers: ").append(r.blockers().isEmpty() ? "none" : String.join(", ", r.blockers())).append('\n');
        out.append(String.format(Locale.ROOT, "  %-" + idWidth + "s  %7s  %7s  %7s%n", "", "BATNA", "utility", "gain"));
        for (int i = 0; i < g.delegations(); i++) {
            Draft f = r.finalText();
            out.append(String.format(Locale.ROOT, "  %-" + idWidth + "s  %7.3f  %7.3f  %+7.3f%n", g.id(i), g.batna(i),
                    g.utility(i, f.positions(), f.dropped()), r.gains().get(g.id(i))));
        }
        if (!r.outcome().adopted()) {
            out.append("  (nothing adopted: the status quo holds, so every gain is 0)\n");
        }
        out.append(fragility(r, g));
        return out.toString();
    }

    /** Which forum rule applies, in one sentence a student can follow. */
    public static String forumSentence(Protocol p) {
        String vote = String.format(Locale.ROOT, "adopted with %.1f%% of yes over yes + no", 100 * p.threshold())
                + (p.abstentionBand() > 0 ? String.format(Locale.ROOT, " (a delegation within %.3f of its BATNA abstains;"
                + " abstentions are not counted)", p.abstentionBand()) : " (abstentions are not counted)");
        if (p.forum() == null) {
            return "Rule: no forum set (the first protocol): every objection blocks; when the rounds run out "
                    + (p.decisionRule() == DecisionRule.CONSENSUS ? "there is no agreement."
                    : "the last draft is put to a vote, " + vote + ".");
        }
        return switch (p.forum()) {
            case CONSENSUS_ONLY -> "Forum rule: consensus only. One objection blocks to the end; the chair meets red lines"
                    + " at their edge and drops a clause only when red lines on it leave no position in common.";
            case GENERAL_ASSEMBLY -> "Forum rule: General Assembly. Consensus is sought in the shadow of a vote: a"
                    + " delegation that a vote would outvote joins with reservations or calls a recorded vote, and when"
                    + " the rounds run out a vote decides; a text is " + vote + ".";
            case CHAIR_SUMMARY -> "Forum rule: chair's summary. There is no negotiated text: if consensus fails the chair"
                    + " reports convergence on the clauses nobody still objects to and divergent views on the others.";
        };
    }

    /** How fragile the result is, in words. */
    static String fragility(RunResult r, Negotiation g) {
        StringBuilder out = new StringBuilder();
        if (!r.outcome().adopted()) {
            return "";
        }
        String closest = null;
        double margin = Double.POSITIVE_INFINITY;
        for (int i = 0; i < g.delegations(); i++) {
            String id = g.id(i);
            double m = r.margins().get(id);
            if (!r.blockers().contains(id) && !r.reservations().containsKey(id) && m < margin) {
                closest = id;
                margin = m;
            }
        }
        if (closest == null) {
            return "";
        }
        out.append(r.outcome().consensual() && r.lastRound()
                ? String.format(Locale.ROOT, "Consensus came only in the last round (%d), when every aspiration had fallen to"
                + " its floor.%n", r.maxRounds()) : "");
        if (margin < Fragility.SMALL_MARGIN) {
            out.append(String.format(Locale.ROOT, "Fragile: the result hangs on a small margin. %s accepts by only %+.3f over"
                    + " its BATNA (less than %.2f); a small change in its preferences would turn its acceptance into an"
                    + " objection.%n", closest, margin, Fragility.SMALL_MARGIN));
        } else {
            out.append(String.format(Locale.ROOT, "Margins: every delegation that accepted is at least %.2f above its BATNA"
                    + " (closest: %s, %+.3f).%n", Fragility.SMALL_MARGIN, closest, margin));
        }
        return out.toString();
    }

    private void draft(StringBuilder out, Scenario s, Draft d, int width) {
        for (int c = 0; c < s.clauses().size(); c++) {
            Clause clause = s.clauses().get(c);
            if (d.isDropped(c)) {
                out.append(String.format(Locale.ROOT, "    %-" + width + "s  %6s  (dropped: status quo %s holds)%n",
                        clause.id(), "—", format(clause.statusQuo())));
            } else {
                out.append(String.format(Locale.ROOT, "    %-" + width + "s  %6.1f  %s%n", clause.id(), d.position(c),
                        nearest(clause, d.position(c))).stripTrailing()).append('\n');
            }
        }
    }

    /** The clauses whose position changed by 0.05 or more, or whose dropping changed, as "from → to". */
    private void moved(StringBuilder out, Scenario s, Draft before, Draft now, int width) {
        int shown = 0;
        for (int c = 0; c < s.clauses().size(); c++) {
            Clause clause = s.clauses().get(c);
            if (now.isDropped(c) && !before.isDropped(c)) {
                out.append(String.format(Locale.ROOT, "    %-" + width + "s  dropped: status quo %s holds%n", clause.id(),
                        format(clause.statusQuo())));
                shown++;
            } else if (!now.isDropped(c) && !tenths(now.position(c)).equals(tenths(before.position(c)))) {
                out.append(String.format(Locale.ROOT, "    %-" + width + "s  %6.1f → %5.1f  %s%n", clause.id(),
                        before.position(c), now.position(c), nearest(clause, now.position(c))).stripTrailing())
                        .append('\n');
                shown++;
            }
        }
        if (shown == 0) {
            out.append("    (none)\n");
        }
    }

    private static String tenths(double x) {
        return String.format(Locale.ROOT, "%.1f", x);
    }

    /** Whether a round repeats the one before: the same draft (to 0.05 points) and the same answers. */
    private static boolean repeats(RoundRecord before, RoundRecord now) {
        for (int c = 0; c < now.draft().positions().length; c++) {
            if (now.draft().isDropped(c) != before.draft().isDropped(c)
                    || !tenths(now.draft().position(c)).equals(tenths(before.draft().position(c)))) {
                return false;
            }
        }
        for (int i = 0; i < now.responses().size(); i++) {
            if (now.responses().get(i).kind() != before.responses().get(i).kind()) {
                return false;
            }
        }
        return now.dropped().isEmpty();
    }

    /**
     * The nearest scale label with its own position, so that a position far from every label does not
     * read as that label: "= label" on it (within 0.05), else "(nearest: label at 25)".
     */
    static String nearest(Clause clause, double position) {
        ScaleLabel best = null;
        for (ScaleLabel l : clause.scale()) {
            if (best == null || Math.abs(l.at() - position) < Math.abs(best.at() - position)) {
                best = l;
            }
        }
        if (best == null) {
            return "";
        }
        if (Math.abs(best.at() - position) < 0.05) {
            return "= " + Quote.printable(best.label());
        }
        return "(nearest: " + Quote.printable(best.label()) + " at " + format(best.at()) + ")";
    }

    private String answer(ResponseKind kind) {
        String word = String.format(Locale.ROOT, "%-" + answerWidth + "s", kind.word());
        if (!colour) {
            return word;
        }
        String code = switch (kind) {
            case ACCEPT -> "32";
            case OBJECT -> "33";
            case REFUSE -> "31";
            case RESERVE -> "36";
            case CALL_VOTE -> "35";
        };
        return "\u001b[" + code + "m" + word + "\u001b[0m";
    }

    private String bold(String text) {
        return colour ? "\u001b[1m" + text + "\u001b[0m" : text;
    }

    private static String format(double x) {
        return x == Math.rint(x) ? String.valueOf((long) x) : String.format(Locale.ROOT, "%.1f", x);
    }
}
