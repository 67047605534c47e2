package org.plenary.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.plenary.core.model.Clause;
import org.plenary.core.model.ScaleLabel;
import org.plenary.core.model.Scenario;
import org.plenary.core.protocol.Draft;
import org.plenary.core.protocol.Negotiation;
import org.plenary.core.protocol.Response;
import org.plenary.core.protocol.RoundRecord;
import org.plenary.core.protocol.RunResult;
import org.plenary.core.protocol.SeatedRun;
import org.plenary.core.protocol.SeatedRun.SeatAnswer;
import org.plenary.engine.local.LocalEngine;
import org.plenary.io.source.Quote;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code plenary play SCENARIO --as ID}: the student answers the chair's drafts for one delegation,
 * the model for every other; at the end the same negotiation with the model in that seat, side by
 * side. Reads answers line by line from standard input, so it can be driven by a pipe.
 */
@Command(name = "play", mixinStandardHelpOptions = true,
        header = "Plays one delegation yourself while the model plays the others.",
        description = {"Each round shows the chair's draft, your delegation's utility of it and what the model's "
            + "delegation would aspire to, and asks for your answer:",
            "  accept                      you can live with the draft",
            "  object CLAUSE=POSITION ...  you object and table amendments (a clause by id or number)",
            "  refuse CLAUSE ...           the draft crosses your red line on these clauses",
            "The others answer as the model does. At the end: the outcome, your gain, and the same negotiation "
                + "with the model in your seat. If the input ends, the model answers for you from then on."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:success", "1:internal error", "2:invalid scenario or options"})
final class PlayCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "SCENARIO", description = "Scenario file (.yaml, .yml or .json).")
    Path scenarioFile;

    @Option(names = "--as", required = true, paramLabel = "ID", description = "The delegation you play (its id).")
    String seat;

    @Mixin
    SeedOption seed;

    @Mixin
    VerboseOption verbose;

    private PrintWriter out;
    private BufferedReader in;
    private boolean ended;

    @Override
    public Integer call() throws IOException {
        out = spec.commandLine().getOut();
        Scenario scenario = ScenarioFiles.load(scenarioFile, spec.commandLine().getErr());
        Negotiation g = new Negotiation(scenario);
        if (g.indexOf(seat) < 0) {
            List<String> ids = new ArrayList<>();
            for (int i = 0; i < g.delegations(); i++) {
                ids.add(g.id(i));
            }
            throw new CommandLine.ParameterException(spec.commandLine(), "Invalid value for option '--as': '" + seat
                    + "' is not a negotiating delegation of the scenario (one of: " + String.join(", ", ids) + ")");
        }
        long s = seed.or(scenario.seed());
        in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        SeatedRun run = new SeatedRun(g, s, 0, List.of(seat));
        out.printf(Locale.ROOT, "%s%nYou are %s (%s). %d delegations, %d clauses, up to %d rounds, seed %d.%n"
                        + "Answer each draft: accept | object CLAUSE=POSITION ... | refuse CLAUSE ... | help%n%n",
                Quote.printable(scenario.metadata().title()), seat, Quote.printable(name(scenario, seat)),
                g.delegations(), g.clauses(),
                scenario.protocol().maxRounds(), s);
        while (!run.closed()) {
            showDraft(scenario, run);
            if (!ended) {
                ask(scenario, run);
            }
            RoundRecord record = run.closeRound();
            showAnswers(record, run.answeredByModel().get(record.round()).contains(seat));
        }
        RunResult yours = run.result();
        RunResult model = new LocalEngine().negotiate(scenario, s, 0, false);
        compare(scenario, g, yours, model);
        out.flush();
        return ExitCode.OK;
    }

    private static String name(Scenario s, String id) {
        return s.delegations().stream().filter(d -> d.id().equals(id)).findFirst().map(d -> d.name()).orElse(id);
    }

    private void showDraft(Scenario s, SeatedRun run) {
        Draft d = run.draft();
        out.printf(Locale.ROOT, "Round %d of %d%n  Draft%n", run.round() + 1, s.protocol().maxRounds());
        int width = s.clauses().stream().mapToInt(c -> c.id().length()).max().orElse(6);
        for (int c = 0; c < s.clauses().size(); c++) {
            Clause clause = s.clauses().get(c);
            if (d.isDropped(c)) {
                out.printf(Locale.ROOT, "  %2d %-" + width + "s  %6s  (dropped: the status quo %.1f holds)%n", c + 1,
                        clause.id(), "—", clause.statusQuo());
                continue;
            }
            out.printf(Locale.ROOT, "  %2d %-" + width + "s  %6.1f%s%n", c + 1, clause.id(), d.position(c),
                    nearest(clause, d.position(c)));
        }
        List<String> crossed = run.redLinesCrossed(seat);
        out.printf(Locale.ROOT, "  Your utility %.3f; the model's %s would aspire to %.3f and would %s.%n",
                run.utility(seat), seat, run.aspiration(seat),
                run.modelAnswer(seat).word());
        if (run.forAdoption()) {
            out.println("  The chair tables this draft for adoption: a vote would adopt it. You may accept,"
                    + " reserve (join with reservations) or call-vote (a recorded vote).");
        }
        if (!crossed.isEmpty()) {
            out.printf("  The draft crosses your red line on %s.%n", String.join(", ", crossed));
        }
    }

    /** "  ≈ label (at 50, 5.0 away)", or nothing for a clause without labels. */
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
        return String.format(Locale.ROOT, "  ≈ %s (%.0f, %.1f away)", Quote.printable(best.label()), best.at(),
                Math.abs(best.at() - position));
    }

    private void ask(Scenario s, SeatedRun run) throws IOException {
        while (true) {
            String line = read("your answer> ");
            if (line == null) {
                return;
            }
            String[] words = line.trim().split("\\s+");
            String verb = words[0].toLowerCase(Locale.ROOT);
            List<String> rest = new ArrayList<>(List.of(words).subList(1, words.length));
            SeatAnswer answer;
            switch (verb) {
                case "a", "accept" -> answer = rest.isEmpty() ? SeatAnswer.accept() : null;
                case "o", "object" -> {
                    if (rest.isEmpty()) {
                        String more = read("amendments (CLAUSE=POSITION ...)> ");
                        if (more == null) {
                            return;
                        }
                        rest = List.of(more.trim().split("\\s+"));
                    }
                    Map<String, Double> amendments = amendments(s, rest);
                    answer = amendments == null ? null : SeatAnswer.object(amendments);
                }
                case "r", "refuse" -> {
                    if (rest.isEmpty()) {
                        List<String> crossed = run.redLinesCrossed(seat);
                        String more = read("red line (" + (crossed.isEmpty() ? "the draft crosses none"
                                : "crossed: " + String.join(", ", crossed)) + ")> ");
                        if (more == null) {
                            return;
                        }
                        rest = List.of(more.trim().split("\\s+"));
                    }
                    List<String> clauses = new ArrayList<>();
                    for (String w : rest) {
                        clauses.add(clauseId(s, w));
                    }
                    answer = SeatAnswer.refuse(clauses);
                }
                case "reserve" -> answer = rest.isEmpty() ? SeatAnswer.reserve() : null;
                case "call-vote", "vote" -> answer = rest.isEmpty() ? SeatAnswer.callVote() : null;
                case "", "h", "help", "?" -> {
                    help();
                    continue;
                }
                default -> {
                    out.println("  ! '" + words[0] + "' is not an answer.");
                    help();
                    continue;
                }
            }
            if (answer == null) {
                if (verb.startsWith("a") || verb.equals("reserve") || verb.contains("vote")) {
                    out.println("  ! " + verb + " takes nothing after it.");
                }
                continue;
            }
            List<String> problems = run.problems(seat, answer);
            if (problems.isEmpty()) {
                run.answer(seat, answer);
                return;
            }
            problems.forEach(p -> out.println("  ! " + p + "."));
        }
    }

    private void help() {
        out.println("  Answer with one of:");
        out.println("    accept                      (or a)");
        out.println("    object CLAUSE=POSITION ...  (or o; e.g. object 1=30 data-governance=55)");
        out.println("    refuse CLAUSE ...           (or r; only when the draft crosses your red line there)");
        out.println("    reserve                     (join the consensus with reservations; only on a draft tabled for adoption)");
        out.println("    call-vote                   (call a recorded vote; only on a draft tabled for adoption)");
    }

    /** Clause=position pairs, or null after printing what is wrong with them. */
    private Map<String, Double> amendments(Scenario s, List<String> words) {
        Map<String, Double> amendments = new LinkedHashMap<>();
        boolean ok = true;
        for (String w : words) {
            int eq = w.indexOf('=');
            if (eq <= 0) {
                out.println("  ! '" + w + "' is not CLAUSE=POSITION (e.g. " + s.clauses().get(0).id() + "=40).");
                ok = false;
                continue;
            }
            try {
                amendments.put(clauseId(s, w.substring(0, eq)), Double.parseDouble(w.substring(eq + 1)));
            } catch (NumberFormatException e) {
                out.println("  ! '" + w.substring(eq + 1) + "' is not a number between 0 and 100.");
                ok = false;
            }
        }
        return ok ? amendments : null;
    }

    /** A clause given by its id or its number in the draft listing. */
    private static String clauseId(Scenario s, String word) {
        if (word.matches("\\d{1,4}")) {
            int c = Integer.parseInt(word) - 1;
            if (c >= 0 && c < s.clauses().size()) {
                return s.clauses().get(c).id();
            }
        }
        return word;
    }

    private String read(String prompt) throws IOException {
        out.print(prompt);
        out.flush();
        String line = in.readLine();
        if (line != null && System.console() == null) {
            // Piped answers: echo them so that the saved output reads as a dialogue.
            out.println(line);
        }
        if (line == null) {
            ended = true;
            out.printf("%n(end of input: the model answers for %s from here on)%n", seat);
        }
        return line;
    }

    private void showAnswers(RoundRecord record, boolean byModel) {
        List<String> parts = new ArrayList<>();
        for (Response r : record.responses()) {
            String word = r.kind().name().toLowerCase(Locale.ROOT);
            String who = r.delegationId().equals(seat) ? (byModel ? "you (the model)" : "you") : r.delegationId();
            parts.add(who + " " + word);
        }
        out.println("  Answers: " + String.join(", ", parts));
        if (!record.dropped().isEmpty()) {
            out.println("  The chair drops " + String.join(", ", record.dropped()) + ": red lines kept blocking it.");
        }
        out.println();
    }

    private void compare(Scenario s, Negotiation g, RunResult yours, RunResult model) {
        int width = Math.max(14, s.clauses().stream().mapToInt(c -> c.id().length()).max().orElse(6));
        String row = "  %-" + width + "s  %-18s  %s%n";
        out.printf(Locale.ROOT, "Outcome: %s after %d round%s%n%n", outcome(yours), yours.roundsUsed(),
                yours.roundsUsed() == 1 ? "" : "s");
        out.printf(Locale.ROOT, row, "", "you as " + seat, "the model as " + seat);
        out.printf(Locale.ROOT, row, "outcome", outcome(yours), outcome(model));
        out.printf(Locale.ROOT, row, "rounds", yours.roundsUsed(), model.roundsUsed());
        out.printf(Locale.ROOT, row, "gain of " + seat, gain(yours), gain(model));
        for (int c = 0; c < s.clauses().size(); c++) {
            out.printf(Locale.ROOT, row, s.clauses().get(c).id(), position(yours.finalText(), c),
                    position(model.finalText(), c));
        }
        out.printf(Locale.ROOT, row, "blockers", blockers(yours), blockers(model));
        int i = g.indexOf(seat);
        Draft f = yours.finalText();
        if (yours.outcome().adopted()) {
            out.printf(Locale.ROOT, "%nYour gain: %s = your utility of the adopted text %.3f − of the status quo %.3f%n",
                    gain(yours), g.utility(i, f.positions(), f.dropped()), g.batna(i));
        } else {
            out.printf(Locale.ROOT, "%nYour gain: %s (nothing adopted: the status quo holds)%n", gain(yours));
        }
    }

    private static String outcome(RunResult r) {
        return r.outcome().name().replace('_', ' ').toLowerCase(Locale.ROOT);
    }

    private String gain(RunResult r) {
        return String.format(Locale.ROOT, "%+.3f", r.gains().get(seat));
    }

    private static String position(Draft d, int c) {
        return d.isDropped(c) ? "dropped" : String.format(Locale.ROOT, "%.1f", d.position(c));
    }

    private static String blockers(RunResult r) {
        return r.blockers().isEmpty() ? "none" : String.join(", ", r.blockers());
    }
}
