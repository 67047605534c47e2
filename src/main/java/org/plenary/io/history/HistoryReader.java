package org.plenary.io.history;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.plenary.core.backtest.Evidence;
import org.plenary.core.backtest.HistoryCase;
import org.plenary.core.backtest.Observed;
import org.plenary.core.backtest.ObservedOutcome;
import org.plenary.core.backtest.ObservedPosition;
import org.plenary.core.backtest.RecordedVote;
import org.plenary.core.backtest.Reservation;
import org.plenary.core.model.Clause;
import org.plenary.core.model.Delegation;
import org.plenary.core.model.Scenario;
import org.plenary.core.model.Source;
import org.plenary.io.scenario.ReadResult;
import org.plenary.io.scenario.ScenarioFields;
import org.plenary.io.scenario.ScenarioReader;
import org.plenary.io.source.Expect;
import org.plenary.io.source.FieldReader;
import org.plenary.io.source.Mark;
import org.plenary.io.source.Problem;
import org.plenary.io.source.Problems;
import org.plenary.io.source.Quote;
import org.plenary.io.source.Range;
import org.plenary.io.source.SourceNode;
import org.plenary.io.source.SourceNode.Entry;
import org.plenary.io.source.SourceNode.ListNode;
import org.plenary.io.source.SourceNode.MapNode;
import org.plenary.io.source.SourceText;

/**
 * Reads a history scenario: the scenario through {@link ScenarioReader} (which accepts and skips
 * the {@code observed} key), and the {@code observed} section here, into its own record. The two
 * never meet: the {@link Scenario} is built without the section, so the model cannot read it.
 * The format is described in {@code docs/scenario-format.md}.
 */
public final class HistoryReader {

    // The field lists come from the one description of the format (which also generates the schema and docs).
    static final List<String> OBSERVED_FIELDS = ScenarioFields.section("observed").keys();
    static final List<String> OUTCOME_FIELDS = ScenarioFields.section("observedOutcome").keys();
    static final List<String> VOTE_FIELDS = ScenarioFields.section("recordedVote").keys();
    static final List<String> RESERVATION_FIELDS = ScenarioFields.section("reservation").keys();
    static final List<String> POSITION_FIELDS = ScenarioFields.section("observedPosition").keys();
    /** The forum rules of UN practice, named as the protocol's {@code forum} setting names them. */
    static final List<String> FORUMS = ScenarioFields.section("observed").field("forum").choices();
    static final List<String> OUTCOMES = ScenarioFields.section("observedOutcome").field("class").choices();

    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern STATE_CODE = Pattern.compile("[A-Z]{3}");
    private static final Range VOTES = Range.closed(0, 193);

    private final Problems problems;
    private final Scenario scenario;

    private HistoryReader(Problems problems, Scenario scenario) {
        this.problems = problems;
        this.scenario = scenario;
    }

    /**
     * Reads the case in {@code file}. Never throws for a bad file: every problem is in the result.
     * A file without an {@code observed} section is an error here (it is an ordinary scenario).
     */
    public static HistoryReadResult read(Path file) {
        ReadResult scenario = ScenarioReader.read(file);
        Optional<String> text = text(file);
        return combine(scenario, text.orElse(null), file.toString(), caseName(file));
    }

    /**
     * Whether {@code file} is a history scenario: a readable scenario file whose top level has an
     * {@code observed} key. False for anything that cannot be read or parsed (the scenario reader
     * says why).
     */
    public static boolean isHistoryCase(Path file) {
        return text(file).map(t -> {
            SourceNode root = SourceText.tree(t, file.toString(), ScenarioReader.KIND, new Problems(file.toString()));
            return root instanceof MapNode top && top.entry("observed") != null;
        }).orElse(false);
    }

    /** Reads a case from text, as if it were the file {@code name}; for tests. */
    public static HistoryReadResult read(String text, String name) {
        return combine(ScenarioReader.read(text, name), text, name, caseName(Path.of(name)));
    }

    private static HistoryReadResult combine(ReadResult scenarioResult, String text, String name, String caseName) {
        Problems problems = new Problems(name);
        Observed observed = null;
        if (text != null) {
            // The tree's own parse problems are the scenario reader's to report; parse quietly here.
            Problems quiet = new Problems(name);
            SourceNode root = SourceText.tree(text, name, ScenarioReader.KIND, quiet);
            if (root instanceof MapNode top) {
                observed = new HistoryReader(problems, scenarioResult.scenario().orElse(null)).observed(top);
            }
        }
        // A duplicate key or forbidden tag inside the section is found by both readers: report it once.
        Set<Problem> all = new LinkedHashSet<>(scenarioResult.problems());
        all.addAll(problems.sorted());
        List<Problem> sorted = new ArrayList<>(all);
        sorted.sort(Comparator.comparingInt(Problem::line).thenComparingInt(Problem::column));
        boolean ok = sorted.stream().noneMatch(Problem::isError) && observed != null;
        return new HistoryReadResult(ok ? Optional.of(new HistoryCase(caseName, scenarioResult.scenario().orElseThrow(),
                observed)) : Optional.empty(), sorted);
    }

    private static String caseName(Path file) {
        Path n = file.getFileName();
        String name = n == null ? file.toString() : n.toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    /**
     * The file's text when it is a readable UTF-8 file within the size limit, read through the
     * scenario reader's bounds (a regular file, never beyond the limit); otherwise empty, and the
     * scenario reader has already said why.
     */
    private static Optional<String> text(Path file) {
        return SourceText.read(file, ScenarioReader.KIND, new Problems(file.toString()));
    }

    /** The observed section, or null after reporting. */
    private Observed observed(MapNode top) {
        Entry entry = top.entry("observed");
        if (entry == null) {
            problems.error(Mark.START, "observed", "missing required field 'observed' (a mapping: the outcome"
                    + " the backtest scores against); this is an ordinary scenario, not a history case");
            return null;
        }
        int before = problems.errorCount();
        MapNode node = Expect.mapping(entry.value(), "observed", OBSERVED_FIELDS, problems);
        if (node == null) {
            return null;
        }
        FieldReader f = new FieldReader(node, "observed", OBSERVED_FIELDS, problems);
        String adopted = f.text("adopted", true);
        if (adopted != null && !DATE.matcher(adopted).matches()) {
            problems.error(f.valueMark("adopted"), "observed.adopted", "adopted " + Quote.text(adopted)
                    + " is not a date; expected an ISO 8601 date such as \"2024-03-21\"");
        }
        f.require("forum", "one of " + String.join(", ", FORUMS));
        String forum = f.choice("forum", FORUMS);
        String document = f.text("document", false);
        String notes = f.text("notes", false);
        MapNode outcomeNode = f.mapping("outcome", OUTCOME_FIELDS, true);
        Outcome outcome = outcomeNode == null ? null
                : outcome(new FieldReader(outcomeNode, "observed.outcome", OUTCOME_FIELDS, problems));
        List<ObservedPosition> positions = positions(f.mapping("clauses", POSITION_FIELDS, true), f.keyMark("clauses"));
        if (problems.errorCount() > before || outcome == null || forum == null || adopted == null) {
            return null;
        }
        return new Observed(adopted, forum, document == null ? "" : document, outcome.kind, outcome.vote,
                outcome.reservations, outcome.evidence, positions, notes == null ? "" : notes);
    }

    private record Outcome(ObservedOutcome kind, Optional<RecordedVote> vote, List<Reservation> reservations,
                           Evidence evidence) {
    }

    private Outcome outcome(FieldReader f) {
        String path = "observed.outcome";
        f.require("class", "one of " + String.join(", ", OUTCOMES));
        String written = f.choice("class", OUTCOMES);
        ObservedOutcome kind = written == null ? null : ObservedOutcome.ofKey(written);
        Evidence evidence = evidence(f, path);
        Optional<RecordedVote> vote = Optional.empty();
        MapNode voteNode = f.mapping("vote", VOTE_FIELDS, false);
        if (voteNode != null) {
            FieldReader v = new FieldReader(voteNode, path + ".vote", VOTE_FIELDS, problems);
            Long yes = v.integer("yes", VOTES, true);
            Long no = v.integer("no", VOTES, true);
            Long abstain = v.integer("abstain", VOTES, true);
            if (yes != null && no != null && abstain != null) {
                if (yes + no + abstain > 193) {
                    problems.error(f.valueMark("vote"), path + ".vote", "yes + no + abstain is " + (yes + no + abstain)
                            + "; a vote of the 193 member states counts at most 193");
                } else {
                    vote = Optional.of(new RecordedVote(yes.intValue(), no.intValue(), abstain.intValue()));
                }
            }
        }
        if (kind == ObservedOutcome.ADOPTED_BY_VOTE && !f.has("vote")) {
            problems.error(f.valueMark("class"), path + ".vote", "missing required field 'vote' ({yes, no, abstain}):"
                    + " an outcome adopted by vote needs its recorded count");
        } else if (kind != null && kind != ObservedOutcome.ADOPTED_BY_VOTE && f.has("vote")) {
            problems.error(f.keyMark("vote"), path + ".vote", "a vote count belongs only to class adopted-by-vote;"
                    + " remove it or change the class");
            vote = Optional.empty();
        }
        List<Reservation> reservations = new ArrayList<>();
        ListNode list = f.list("reservations", "reservations", false);
        if (list != null) {
            for (int i = 0; i < list.items().size(); i++) {
                String p = path + ".reservations[" + i + "]";
                MapNode m = Expect.mapping(list.items().get(i), p, RESERVATION_FIELDS, problems);
                if (m != null) {
                    Reservation r = reservation(new FieldReader(m, p, RESERVATION_FIELDS, problems), p);
                    if (r != null) {
                        reservations.add(r);
                    }
                }
            }
        }
        if (kind == ObservedOutcome.CONSENSUS_WITH_RESERVATIONS && (list == null || list.items().isEmpty())) {
            problems.error(f.valueMark("class"), path + ".reservations", "a consensus with reservations needs"
                    + " 'reservations': who dissociated, from which clauses");
        } else if (kind != null && kind != ObservedOutcome.CONSENSUS_WITH_RESERVATIONS && list != null) {
            problems.error(f.keyMark("reservations"), path + ".reservations", "reservations belong only to class"
                    + " consensus-with-reservations; remove them or change the class");
        }
        return kind == null || evidence == null ? null : new Outcome(kind, vote, reservations, evidence);
    }

    private Reservation reservation(FieldReader f, String path) {
        String who = f.text("delegation", true);
        if (who != null && scenario != null && scenario.delegations().stream().noneMatch(d -> d.id().equals(who))
                && !STATE_CODE.matcher(who).matches()) {
            problems.error(f.valueMark("delegation"), path + ".delegation", "delegation " + Quote.name(who)
                    + " is neither a delegation of the scenario nor a state code (three capitals, e.g. RUS); delegations: "
                    + String.join(", ", scenario.delegations().stream().map(Delegation::id).toList()));
        }
        List<String> clauses = new ArrayList<>();
        ListNode list = f.list("clauses", "clause ids", false);
        if (list != null) {
            for (int i = 0; i < list.items().size(); i++) {
                String id = Expect.text(list.items().get(i), path + ".clauses[" + i + "]", problems);
                if (id != null && clauseKnown(id, list.items().get(i).mark(), path + ".clauses[" + i + "]")) {
                    clauses.add(id);
                }
            }
        }
        Evidence evidence = evidence(f, path);
        return who == null || evidence == null ? null : new Reservation(who, clauses, evidence);
    }

    private List<ObservedPosition> positions(MapNode node, Mark keyMark) {
        List<ObservedPosition> out = new ArrayList<>();
        if (node == null) {
            return out;
        }
        for (Entry e : node.entries()) {
            String path = "observed.clauses." + e.key();
            if (!clauseKnown(e.key(), e.keyMark(), path)) {
                continue;
            }
            MapNode m = Expect.mapping(e.value(), path, POSITION_FIELDS, problems);
            if (m == null) {
                continue;
            }
            FieldReader f = new FieldReader(m, path, POSITION_FIELDS, problems);
            Double position = f.number("position", Range.closed(0, 100), true);
            Evidence evidence = evidence(f, path);
            if (position != null && evidence != null) {
                out.add(new ObservedPosition(e.key(), position, evidence));
            }
        }
        if (scenario != null) {
            List<ObservedPosition> ordered = new ArrayList<>();
            for (Clause c : scenario.clauses()) {
                if (node.entry(c.id()) == null) {
                    problems.error(node.mark(), "observed.clauses." + c.id(), "missing the observed position of clause "
                            + Quote.name(c.id()) + "; every clause of the scenario needs one ({position, source, rationale})");
                }
                out.stream().filter(p -> p.clauseId().equals(c.id())).findFirst().ifPresent(ordered::add);
            }
            return ordered;
        }
        return out;
    }

    private boolean clauseKnown(String id, Mark at, String path) {
        if (scenario == null || scenario.clauses().stream().anyMatch(c -> c.id().equals(id))) {
            return true;
        }
        problems.error(at, path, "unknown clause " + Quote.name(id) + "; clauses: "
                + String.join(", ", scenario.clauses().stream().map(Clause::id).toList()));
        return false;
    }

    /** The {@code source} and {@code rationale} of the mapping read by {@code f}, or null after reporting. */
    private Evidence evidence(FieldReader f, String path) {
        String sourceId = f.text("source", true);
        String rationale = f.text("rationale", true);
        if (rationale != null && rationale.isBlank()) {
            problems.error(f.valueMark("rationale"), path + ".rationale", "the rationale is empty; say how the"
                    + " document supports the value");
            return null;
        }
        if (sourceId == null || rationale == null || scenario == null) {
            return null;
        }
        Optional<Source> source = scenario.metadata().sources().stream().filter(s -> s.id().equals(sourceId)).findFirst();
        if (source.isEmpty()) {
            problems.error(f.valueMark("source"), path + ".source", "unknown source " + Quote.name(sourceId)
                    + "; a source is the id of a metadata.sources entry");
            return null;
        }
        return new Evidence(source.get(), rationale);
    }
}
