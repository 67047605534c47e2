package org.plenary.io.export;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.plenary.core.model.Clause;
import org.plenary.core.model.Scenario;
import org.plenary.core.protocol.Amendment;
import org.plenary.core.protocol.Draft;
import org.plenary.core.protocol.Negotiation;
import org.plenary.core.protocol.Response;
import org.plenary.core.protocol.ResponseKind;
import org.plenary.core.protocol.RoundRecord;
import org.plenary.core.protocol.RunResult;

/**
 * The transcript of a run as text a student can follow: per round the draft (number and nearest
 * scale label), each delegation's answer with its utility against its aspiration and the
 * amendments it tables; then the outcome. Columns are aligned; colour only when asked for.
 */
public final class TranscriptText {

    /** How many amendments per objector the text shows (the JSON has all). */
    static final int AMENDMENTS_SHOWN = 3;

    private final boolean colour;

    /** @param colour whether to emit ANSI colours (only for a terminal) */
    public TranscriptText(boolean colour) {
        this.colour = colour;
    }

    /** Renders the report. */
    public String render(RunReport report) {
        Scenario s = report.scenario();
        RunResult r = report.result();
        Negotiation g = new Negotiation(s);
        int clauseWidth = s.clauses().stream().mapToInt(c -> c.id().length()).max().orElse(6);
        int idWidth = 0;
        for (int i = 0; i < g.delegations(); i++) {
            idWidth = Math.max(idWidth, g.id(i).length());
        }
        StringBuilder out = new StringBuilder();
        out.append(bold(s.metadata().title())).append('\n');
        out.append(String.format(Locale.ROOT, "%d delegations, %d clauses, up to %d rounds, %s loss, seed %d, engine %s%n",
                g.delegations(), g.clauses(), s.protocol().maxRounds(),
                s.protocol().loss().name().toLowerCase(Locale.ROOT), report.seed(), report.engine()));
        out.append('\n');
        for (RoundRecord round : r.transcript()) {
            out.append(bold(String.format(Locale.ROOT, "Round %d of %d", round.round() + 1,
                    s.protocol().maxRounds()))).append('\n');
            out.append("  Draft\n");
            draft(out, s, round.draft(), clauseWidth);
            out.append(String.format(Locale.ROOT, "  %-" + idWidth + "s  %-7s  %7s  %10s%n", "", "answer", "utility",
                    "aspiration"));
            for (Response resp : round.responses()) {
                out.append(String.format(Locale.ROOT, "  %-" + idWidth + "s  %s  %7.3f  %10.3f",
                        resp.delegationId(), answer(resp.kind()), resp.utility(), resp.aspiration()));
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
            if (!round.dropped().isEmpty()) {
                out.append("  The chair drops ").append(String.join(", ", round.dropped()))
                        .append(": red lines kept blocking it.\n");
            }
            out.append('\n');
        }
        out.append(bold("Outcome: " + r.outcome().name().replace('_', ' ').toLowerCase(Locale.ROOT)))
                .append(String.format(Locale.ROOT, " after %d round%s%n", r.roundsUsed(), r.roundsUsed() == 1 ? "" : "s"));
        if (r.vote() != null) {
            out.append(String.format(Locale.ROOT, "Vote: %d yes, %d no (%.1f%% of votes cast; %.1f%% needed)%n",
                    r.vote().yes(), r.vote().no(), 100 * r.vote().share(), 100 * r.vote().threshold()));
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
        return out.toString();
    }

    private void draft(StringBuilder out, Scenario s, Draft d, int width) {
        for (int c = 0; c < s.clauses().size(); c++) {
            Clause clause = s.clauses().get(c);
            if (d.isDropped(c)) {
                out.append(String.format(Locale.ROOT, "    %-" + width + "s  %6s  (dropped: status quo %s holds)%n",
                        clause.id(), "—", format(clause.statusQuo())));
            } else {
                String label = clause.nearestLabel(d.position(c));
                out.append(String.format(Locale.ROOT, "    %-" + width + "s  %6.1f  %s%n", clause.id(), d.position(c),
                        label.isEmpty() ? "" : "≈ " + label).stripTrailing()).append('\n');
            }
        }
    }

    private String answer(ResponseKind kind) {
        String word = String.format(Locale.ROOT, "%-7s", kind.name().toLowerCase(Locale.ROOT));
        if (!colour) {
            return word;
        }
        String code = switch (kind) {
            case ACCEPT -> "32";
            case OBJECT -> "33";
            case REFUSE -> "31";
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
