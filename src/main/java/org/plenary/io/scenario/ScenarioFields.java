package org.plenary.io.scenario;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.plenary.core.model.ChairPreferences;
import org.plenary.core.model.Clause;
import org.plenary.core.model.Delegation;
import org.plenary.core.model.Metadata;
import org.plenary.core.model.Protocol;
import org.plenary.core.model.RedLine;
import org.plenary.core.model.ScaleLabel;
import org.plenary.core.model.Scenario;
import org.plenary.core.model.Source;
import org.plenary.core.model.Stance;
import org.plenary.io.source.Range;
import static org.plenary.io.scenario.FieldSpec.bool;
import static org.plenary.io.scenario.FieldSpec.choice;
import static org.plenary.io.scenario.FieldSpec.distribution;
import static org.plenary.io.scenario.FieldSpec.id;
import static org.plenary.io.scenario.FieldSpec.list;
import static org.plenary.io.scenario.FieldSpec.map;
import static org.plenary.io.scenario.FieldSpec.mapping;
import static org.plenary.io.scenario.FieldSpec.number;
import static org.plenary.io.scenario.FieldSpec.text;
import static org.plenary.io.scenario.FieldSpec.whole;

/**
 * The one description of every field of a scenario file. The reader's field lists, types,
 * ranges, defaults and messages, {@link org.plenary.io.scenario.FieldPath field paths} for sweeps
 * and uncertainty sections, {@code schema/scenario.schema.json}, the field tables of
 * {@code docs/scenario-format.md} and the form description of {@code plenary fields} all come
 * from here. A new field is one entry in its section (and, if the model carries it, one
 * component of the record the section binds to: the entry's key is the component's name).
 */
public final class ScenarioFields {

    /** Ids of clauses and delegations: never contain dots, so field paths are unambiguous. */
    public static final Pattern ID = Pattern.compile("[A-Za-z][A-Za-z0-9_-]*");
    /** Ids of sources: may contain dots ({@code un.res.79.325}). */
    public static final Pattern SOURCE_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]*");

    /** Most votes one delegation casts: no assembly has more than a few hundred members. */
    public static final int MAX_VOTES = 10_000;
    /** Largest influence: weights stay finite in every sum of the protocol. */
    public static final double MAX_INFLUENCE = 1e6;

    /** File keys whose record component has another name: a delegation's clauses are its stances. */
    static final Map<String, String> COMPONENTS = Map.of("clauses", "stances");

    private static final Range POSITION = Range.closed(0, 100);
    private static final Range SHARE = Range.closed(0, 1);
    private static final Range POSITIVE_SHARE = Range.aboveUpTo(0, 1);

    /**
     * A mapping of the file and its fields, in the order the reader names them in messages.
     *
     * @param name        how other entries refer to it (the {@link FieldSpec#of()} of a mapping, list or map)
     * @param where       where it sits in a file, as the format's tables head it ({@code delegations[]})
     * @param pathPrefix  the field-path form of its swept and drawn fields ({@code delegations.<id>.}), or null
     * @param model       the record it binds to (by component name), or null
     * @param title       a short human name
     * @param description one line: what the mapping holds
     * @param fields      its fields
     */
    public record Section(String name, String where, String pathPrefix, Class<? extends Record> model, String title,
                          String description, List<FieldSpec> fields) {

        public Section {
            fields = List.copyOf(fields);
        }

        /** The names of its fields, in order. */
        public List<String> keys() {
            return fields.stream().map(FieldSpec::key).toList();
        }

        /** The field {@code key}. */
        public FieldSpec field(String key) {
            return fields.stream().filter(f -> f.key().equals(key)).findFirst()
                    .orElseThrow(() -> new NoSuchElementException(name + "." + key));
        }
    }

    private static final List<Section> SECTIONS = List.of(
            new Section("scenario", "", null, Scenario.class, "Plenary scenario",
                    "A negotiation set-up: the clauses of a text, the delegations that negotiate it, and the protocol settings.",
                    List.of(
                            mapping("metadata", "metadata").mandatory()
                                    .about("Metadata", "What the scenario is about, and its sources."),
                            list("clauses", "clause").mandatory()
                                    .about("Clauses", "The issues of the text, in the order of the text; at least one."),
                            list("delegations", "delegation").mandatory()
                                    .about("Delegations", "The actors: states, blocs of states, observers; at least one."),
                            mapping("protocol", "protocol")
                                    .about("Protocol", "Protocol settings; every field optional."),
                            whole("seed", Range.anyLong()).byDefault(1L)
                                    .about("Seed", "Default seed of the random streams (64-bit): same scenario and seed, same numbers on any machine."),
                            mapping("uncertainty", "uncertainty")
                                    .about("Uncertainty", "Inputs that plenary simulate draws anew in each run; other commands ignore it."),
                            mapping("chair", "chair").shownDefault("neutral chair")
                                    .about("Chair", "The chair's (or co-facilitators') own preferences, which pull the draft; absent, the chair is neutral."),
                            mapping("observed", "observed")
                                    .about("Observed outcome", "History scenarios only: what a past negotiation adopted, each value with its source. Only plenary backtest reads it; the models never see it."))),
            new Section("metadata", "metadata", null, Metadata.class, "Metadata",
                    "What the scenario is about and where its numbers come from.",
                    List.of(
                            text("title").mandatory().about("Title", "Title of the scenario."),
                            text("description").byDefault("").about("Description", "A paragraph for the reader."),
                            text("date").byDefault("")
                                    .about("Date", "The date the scenario describes, ISO 8601 (e.g. 2026-07-06); an unquoted date is read as text."),
                            list("sources", "source").about("Sources", "Documents that stances cite by id."))),
            new Section("source", "metadata.sources[]", null, Source.class, "Source",
                    "A document the scenario's numbers rest on.",
                    List.of(
                            id("id", "sourceId").mandatory()
                                    .about("Id", "What a stance's source names, e.g. csis-2025-10 or un.res.79.325; unique among sources."),
                            text("title").mandatory().about("Title", "Document title."),
                            text("publisher").mandatory().about("Publisher", "Who published it."),
                            text("date").byDefault("").about("Date", "Publication date, ISO 8601 preferred."),
                            text("url").byDefault("").about("URL", "Where to read it."))),
            new Section("clause", "clauses[]", "clauses.<id>.", Clause.class, "Clause",
                    "An issue of the text, with a position scale from 0 to 100.",
                    List.of(
                            id("id", "id").mandatory()
                                    .about("Id", "The key of stances, e.g. legal-nature; unique among clauses."),
                            text("title").mandatory().about("Title", "Human title of the clause."),
                            text("description").byDefault("").about("Description", "What the clause is about."),
                            list("scale", "scalePoint")
                                    .about("Scale", "Labels for points of the 0-100 scale, usually at least both ends; sorted by position."),
                            number("statusQuo", POSITION).byDefault(0.0).unit("position points").sweepAndDraw()
                                    .about("Status quo", "The position that holds if the text does not include the clause (a dropped clause is valued at it)."))),
            new Section("scalePoint", "clauses[].scale[]", null, ScaleLabel.class, "Scale label",
                    "A label for a point of the clause's 0-100 scale.",
                    List.of(
                            number("at", POSITION).mandatory().unit("position points")
                                    .about("At", "The point on the scale; unique within the scale."),
                            text("label").mandatory()
                                    .about("Label", "What the point means, e.g. 'voluntary principles only'."))),
            new Section("delegation", "delegations[]", "delegations.<id>.", Delegation.class, "Delegation",
                    "A negotiating actor: a state, a bloc of states, or an observer.",
                    List.of(
                            id("id", "id").mandatory()
                                    .about("Id", "Short code such as USA, G77, EU; unique among delegations."),
                            text("name").mandatory().about("Name", "Full name."),
                            choice("kind", "state", "bloc", "observer").byDefault("state")
                                    .about("Kind", "A bloc speaks for its member states; an observer neither accepts nor objects and casts no votes."),
                            number("influence", Range.aboveUpTo(0, MAX_INFLUENCE)).mandatory()
                                    .shownDefault("observers: 1").unit("relative weight").sweepAndDraw()
                                    .about("Influence", "Capability and clout: the delegation's weight w in the chair's compromise (required for states and blocs)."),
                            whole("votes", Range.closed(0, MAX_VOTES))
                                    .shownDefault("state 1; observer 0; bloc: computed").unit("votes")
                                    .about("Votes", "Votes cast in a vote; an observer casts 0, a bloc one per member that is not a delegation of the scenario."),
                            list("members", "memberState").shownDefault("empty")
                                    .about("Members", "Bloc only: ISO 3166-1 alpha-3 codes of member states, each once; a state is in at most one bloc."),
                            number("cohesion", SHARE).byDefault(1.0).unit("probability").sweepAndDraw()
                                    .about("Cohesion", "Probability that a member votes with its bloc."),
                            number("concession", Range.above(0)).byDefault(1.0).unit("exponent").sweepAndDraw()
                                    .about("Concession", "Concession exponent beta: below 1 hard-line (Boulware), 1 linear, above 1 conceder."),
                            map("clauses", "stance").shownDefault("empty")
                                    .about("Stances", "Stances by clause id; a clause without a stance has salience 0 for this delegation."),
                            bool("callsVotes").byDefault(false)
                                    .about("Calls votes", "Under the general-assembly forum, when it would be outvoted on a text tabled for adoption: true calls a recorded vote, false joins the consensus with reservations."))),
            new Section("stance", "delegations[].clauses.<clause id>", "delegations.<id>.clauses.<clause>.", Stance.class,
                    "Stance", "A delegation's preferences on one clause.",
                    List.of(
                            number("position", POSITION).mandatory().unit("position points").sweepAndDraw()
                                    .about("Position", "The delegation's ideal point on the clause's scale."),
                            number("salience", SHARE).mandatory().unit("share").sweepAndDraw()
                                    .about("Salience", "How much the clause matters to it (normalised over its clauses by the protocol)."),
                            mapping("redLine", "redLine").shownDefault("none")
                                    .about("Red line", "The interval of positions it can ever accept on the clause."),
                            text("rationale").byDefault("")
                                    .about("Rationale", "Why, in words; ideally a sentence of a source."),
                            id("source", "sourceId").byDefault("")
                                    .about("Source", "The id of the metadata.sources entry the numbers rest on."))),
            new Section("redLine", "delegations[].clauses.<clause id>.redLine", "delegations.<id>.clauses.<clause>.redLine.",
                    RedLine.class, "Red line",
                    "The closed interval of positions the delegation can ever accept on this clause; 0 <= min <= max <= 100.",
                    List.of(
                            number("min", POSITION).mandatory().unit("position points").sweepAndDraw()
                                    .about("Min", "Lowest acceptable position, at most max."),
                            number("max", POSITION).mandatory().unit("position points").sweepAndDraw()
                                    .about("Max", "Highest acceptable position, at least min."))),
            new Section("protocol", "protocol", "protocol.", Protocol.class, "Protocol",
                    "Settings of the mediated single-text protocol; every field is optional.",
                    List.of(
                            whole("maxRounds", Range.closed(1, 10_000)).byDefault(30L).unit("rounds").sweep()
                                    .about("Rounds", "Number of rounds T."),
                            choice("loss", "linear", "quadratic").byDefault("quadratic").sweep()
                                    .about("Loss", "How a delegation's loss grows with distance from its ideal point (gamma = 1 or 2)."),
                            number("temperature", Range.atLeast(0)).byDefault(0.0).unit("utility").sweepAndDraw()
                                    .about("Temperature", "tau of the logistic acceptance; 0 accepts deterministically."),
                            number("mediatorStep", POSITIVE_SHARE).byDefault(0.5).unit("share").sweepAndDraw()
                                    .about("Mediator step", "lambda, the share of the way the chair moves toward the objectors each round."),
                            whole("dropContestedAfter", Range.closed(0, Integer.MAX_VALUE)).byDefault(0L).unit("rounds").sweep()
                                    .about("Drop contested after", "Drop a clause after this many consecutive rounds in which a red line on it was crossed; 0 never drops."),
                            choice("decisionRule", "consensus", "majority").byDefault("consensus").sweep()
                                    .about("Decision rule", "What decides when the rounds run out: no agreement (consensus), or a vote (majority)."),
                            number("threshold", POSITIVE_SHARE).byDefault(2.0 / 3.0).shownDefault("2/3").unit("share of votes cast")
                                    .sweepAndDraw()
                                    .about("Threshold", "Share of yes over yes + no (abstentions not counted) needed to adopt by vote."),
                            choice("forum", "consensus-only", "general-assembly", "chair-summary").shownDefault("none")
                                    .about("Forum", "The body's rules: consensus-only (one objection blocks), general-assembly (consensus sought in the shadow of a vote; reservations, calls for a vote, a vote when consensus fails), chair-summary (the chair reports convergence and divergent views per clause). Absent: the first protocol, where decisionRule decides at the end; under a forum decisionRule is not used."),
                            number("abstentionBand", SHARE).byDefault(0.0).unit("utility")
                                    .about("Abstention band", "h: a delegation abstains in a vote when its utility of the text is within h of its BATNA and no red line is crossed; 0: nobody abstains."),
                            number("resistance", new Range(0, false, 1, true)).byDefault(0.0).unit("share")
                                    .about("Resistance", "rho in [0, 1): every aspiration falls to the resistance point BATNA + rho (1 - BATNA) rather than to the BATNA; 0 keeps the BATNA."))),
            new Section("chair", "chair", null, ChairPreferences.class, "Chair",
                    "The chair's own preferences: an ambition position on some clauses and how strongly it pulls the draft.",
                    List.of(
                            text("name").byDefault("the chair").about("Name", "Who chairs, e.g. the co-facilitators' countries."),
                            number("weight", SHARE).mandatory().unit("share")
                                    .about("Weight", "omega: the share of the way from the compromise to its positions in the opening draft, and the extra pull lambda omega (y - p) after each amendment."),
                            map("positions", "position").mandatory()
                                    .about("Positions", "Its position 0-100 by clause id; clauses not named are not pulled."))),
            new Section("uncertainty", "uncertainty", null, null, "Uncertainty",
                    "Inputs that Monte Carlo runs (plenary simulate) draw anew in each run; every field optional.",
                    List.of(
                            distribution("positions").shownDefault("none")
                                    .about("Default spread of positions", "Spread of every stance's position, unless fields names that position."),
                            distribution("saliences").shownDefault("none")
                                    .about("Default spread of saliences", "Spread of every stance's salience, unless fields names that salience."),
                            map("fields", "distribution").shownDefault("empty")
                                    .about("Fields", "Distributions of single fields, by field path."))),
            // The record of a past negotiation (history scenarios). The scenario reader accepts the
            // key and skips it; org.plenary.io.history reads it into its own record, never into the model.
            new Section("observed", "observed", null, null, "Observed outcome",
                    "What a past negotiation adopted: the outcome and the adopted text per clause, each with its source.",
                    List.of(
                            text("adopted").mandatory()
                                    .about("Adopted", "Date of adoption (or of the session that failed to adopt), ISO 8601, e.g. 2024-03-21."),
                            choice("forum", "consensus-only", "general-assembly", "chair-summary").mandatory()
                                    .about("Forum", "The forum's decision rule, named as the protocol's forum setting names it."),
                            text("document").byDefault("")
                                    .about("Document", "Symbol of the adopted document, e.g. A/RES/78/265."),
                            mapping("outcome", "observedOutcome").mandatory()
                                    .about("Outcome", "The outcome class and its evidence."),
                            map("clauses", "observedPosition").mandatory()
                                    .about("Adopted text", "By clause id: where the adopted text landed on the clause's scale; every clause of the scenario needs one."),
                            text("notes").byDefault("").about("Notes", "What a reader should know about the coding."))),
            new Section("observedOutcome", "observed.outcome", null, null, "Observed outcome class",
                    "How the negotiation ended, with the record that says so.",
                    List.of(
                            choice("class", "consensus", "consensus-with-reservations", "adopted-by-vote", "no-agreement")
                                    .mandatory().about("Class", "The outcome class."),
                            mapping("vote", "recordedVote")
                                    .about("Vote", "The recorded vote: with class adopted-by-vote, and only with it."),
                            list("reservations", "reservation")
                                    .about("Reservations", "Who dissociated from what: with class consensus-with-reservations, and only with it."),
                            id("source", "sourceId").mandatory()
                                    .about("Source", "The id of the metadata.sources entry that records the outcome."),
                            text("rationale").mandatory()
                                    .about("Rationale", "How the source supports the class; judgements start with 'judgement:'."))),
            new Section("recordedVote", "observed.outcome.vote", null, null, "Recorded vote",
                    "The count of a recorded vote; yes + no + abstain is at most 193.",
                    List.of(
                            whole("yes", Range.closed(0, 193)).mandatory().unit("votes").about("Yes", "Votes in favour."),
                            whole("no", Range.closed(0, 193)).mandatory().unit("votes").about("No", "Votes against."),
                            whole("abstain", Range.closed(0, 193)).mandatory().unit("votes").about("Abstain", "Abstentions."))),
            new Section("reservation", "observed.outcome.reservations[]", null, null, "Reservation",
                    "A delegation that joined the consensus but dissociated from parts of the text.",
                    List.of(
                            text("delegation").mandatory()
                                    .about("Delegation", "A delegation id of the scenario, or a state code such as RUS."),
                            list("clauses", "id").shownDefault("empty")
                                    .about("Clauses", "The clause ids it dissociated from; empty: from the whole text."),
                            id("source", "sourceId").mandatory()
                                    .about("Source", "The id of the metadata.sources entry that records the reservation."),
                            text("rationale").mandatory()
                                    .about("Rationale", "How the source supports it; judgements start with 'judgement:'."))),
            new Section("observedPosition", "observed.clauses.<clause id>", null, null, "Adopted position",
                    "Where the adopted text landed on one clause's scale.",
                    List.of(
                            number("position", POSITION).mandatory().unit("position points")
                                    .about("Position", "The adopted text's position on the clause's 0-100 scale."),
                            id("source", "sourceId").mandatory()
                                    .about("Source", "The id of the metadata.sources entry the position is coded from."),
                            text("rationale").mandatory()
                                    .about("Rationale", "How the document supports the number; judgements start with 'judgement:'."))));

    private ScenarioFields() {
    }

    /** Every section, the top level first. */
    public static List<Section> sections() {
        return SECTIONS;
    }

    /** The section {@code name}. */
    public static Section section(String name) {
        return SECTIONS.stream().filter(s -> s.name().equals(name)).findFirst()
                .orElseThrow(() -> new NoSuchElementException(name));
    }

    /** The state codes a bloc's members may be, in the order of the list's resource. */
    public static List<String> memberStates() {
        return List.copyOf(MemberStates.codes());
    }

    /** The names of the fields of section {@code name}, in order. */
    static List<String> keys(String name) {
        return section(name).keys();
    }

    /** A field that a path can name: its section and its entry. */
    public record PathField(Section section, FieldSpec field) {

        /** The path's form, e.g. {@code delegations.<id>.clauses.<clause>.position}. */
        public String pattern() {
            return section.pathPrefix() + field.key();
        }
    }

    /** The sections whose fields paths name, in the order paths are listed: a delegation's stances, then its own fields, then clauses, then the protocol. */
    private static final List<String> PATH_ORDER = List.of("stance", "redLine", "delegation", "clause", "protocol");

    /** Every field a sweep may vary (a superset of the fields an uncertainty section may draw), in path order. */
    public static List<PathField> pathFields() {
        return PATH_ORDER.stream().map(ScenarioFields::section)
                .flatMap(s -> s.fields().stream().filter(FieldSpec::sweepable).map(f -> new PathField(s, f))).toList();
    }

    /** The forms of a field path, for messages: {@code delegations.<id>.influence|cohesion|concession, …}. */
    public static String grammar(boolean drawnOnly) {
        return pathFields().stream().filter(p -> !drawnOnly || p.field().drawable())
                .collect(Collectors.groupingBy(p -> p.section().pathPrefix(), LinkedHashMap::new,
                        Collectors.mapping(p -> p.field().key(), Collectors.joining("|"))))
                .entrySet().stream().map(e -> e.getKey() + e.getValue()).collect(Collectors.joining(", "));
    }
}
