package org.plenary.io.scenario;

import org.plenary.io.source.Mark;
import org.plenary.io.source.Problems;
import org.plenary.io.source.Quote;
import org.plenary.io.source.Suggestions;
import org.plenary.io.source.Range;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.stream.Collectors;
import org.plenary.core.model.DelegationKind;
import org.plenary.io.scenario.ScenarioBinder.Bound;
import org.plenary.io.scenario.ScenarioBinder.Member;

/**
 * The checks that need the whole scenario: unique ids, references from stances to clauses and
 * sources, blocs and their votes, who can vote, and the status-quo warning. Each check runs on
 * whatever parts of the draft were readable, so one wrong value does not hide other problems.
 */
final class CrossReferences {

    private final List<Bound> clauses;
    private final List<Bound> delegations;
    private final List<Bound> sources;
    private final Mark delegationsMark;
    private final Problems problems;
    private final Set<String> delegationIds = new LinkedHashSet<>();
    private final Set<String> blocIds = new LinkedHashSet<>();
    /** Votes of each bloc whose members could all be checked; the core model needs them. */
    private final Map<String, Integer> blocVotes = new HashMap<>();

    CrossReferences(Bound scenario, Problems problems) {
        this.clauses = scenario.items("clauses");
        this.delegations = scenario.items("delegations");
        Bound metadata = (Bound) scenario.values().get("metadata");
        this.sources = metadata == null ? List.of() : metadata.items("sources");
        this.delegationsMark = scenario.at().valueMark("delegations");
        this.problems = problems;
        for (Bound d : delegations) {
            if (d.text("id") != null) {
                delegationIds.add(d.text("id"));
                if (d.kind() == DelegationKind.BLOC) {
                    blocIds.add(d.text("id"));
                }
            }
        }
    }

    /** Runs every check; returns the votes of each bloc by id. */
    Map<String, Integer> check() {
        Set<String> sourceIds = unique(sources, "source");
        Set<String> clauseIds = unique(clauses, "clause");
        unique(delegations, "delegation");
        clauses.forEach(this::scalePointsUnique);
        for (Bound d : delegations) {
            stances(d, clauseIds, sourceIds);
            salience(d);
        }
        blocs();
        voters();
        statusQuoWarnings();
        return blocVotes;
    }

    private Set<String> unique(List<Bound> items, String what) {
        return this.<String>firstOf(items, "id", (item, line) -> "duplicate " + what + " id " + Quote.name(item.text("id"))
                + " (first used at line " + line + "); " + what + " ids must be unique").keySet();
    }

    private void scalePointsUnique(Bound c) {
        firstOf(c.items("scale"), "at", (p, line) -> "at " + Range.format(p.number("at")) + " is labelled twice"
                + " (first at line " + line + "); each point of the scale may carry one label");
    }

    /** Where each value of {@code field} is first written, reporting each later one with {@code message}. */
    private <T> Map<T, Mark> firstOf(List<Bound> items, String field, BiFunction<Bound, Integer, String> message) {
        Map<T, Mark> first = new LinkedHashMap<>();
        for (Bound item : items) {
            @SuppressWarnings("unchecked")
            T value = (T) item.values().get(field);
            Mark earlier = value == null ? null : first.putIfAbsent(value, item.at().valueMark(field));
            if (earlier != null) {
                problems.error(item.at().valueMark(field), item.at().pathOf(field), message.apply(item, earlier.line()));
            }
        }
        return first;
    }

    private void stances(Bound d, Set<String> clauseIds, Set<String> sourceIds) {
        for (Bound s : d.items("clauses")) {
            if (!clauseIds.contains(s.key())) {
                problems.error(s.keyMark(), s.path(), "unknown clause " + Quote.name(s.key()) + ";"
                        + Suggestions.didYouMean(s.key(), clauseIds) + " clauses of this scenario: "
                        + (clauseIds.isEmpty() ? "none" : String.join(", ", clauseIds)));
            }
            String source = s.text("source");
            if (source != null && !sourceIds.contains(source)) {
                problems.error(s.at().valueMark("source"), s.at().pathOf("source"), "unknown source "
                        + Quote.name(source) + ";" + Suggestions.didYouMean(source, sourceIds)
                        + (sourceIds.isEmpty() ? " metadata.sources defines no sources"
                        : " sources of this scenario: " + String.join(", ", sourceIds)));
            }
        }
    }

    private void salience(Bound d) {
        if (d.kind() == null || !d.kind().negotiates() || !d.readable("clauses")) {
            return;
        }
        boolean cares = d.items("clauses").stream().anyMatch(s -> s.number("salience") > 0);
        if (!cares) {
            String who = d.text("id") == null ? "this delegation" : d.text("id");
            problems.error(d.items("clauses").isEmpty() ? d.mark() : d.at().valueMark("clauses"), d.at().pathOf("clauses"),
                    who + " has no clause with salience > 0; a state or bloc must care about at least one clause"
                    + " (give one of its stances a salience above 0, or make it an observer)");
        }
    }

    private void blocs() {
        Map<String, String> blocOf = new HashMap<>();
        Map<String, Mark> firstListed = new HashMap<>();
        for (Bound d : delegations) {
            if (d.kind() != DelegationKind.BLOC) {
                continue;
            }
            boolean allKnown = d.readable("members");
            String id = d.text("id");
            Set<String> own = new LinkedHashSet<>();
            for (Member m : d.members()) {
                String code = m.code();
                if (!own.add(code)) {
                    problems.error(m.mark(), m.path(), Quote.name(code) + " is listed twice in members; list each state once");
                    allKnown = false;
                } else if (blocIds.contains(code)) {
                    problems.error(m.mark(), m.path(), Quote.name(code) + " is a bloc of this scenario; bloc members must be"
                            + " states (list its member states instead)");
                    allKnown = false;
                } else if (!MemberStates.isKnown(code)) {
                    problems.error(m.mark(), m.path(), "unknown state code " + Quote.name(code) + ";"
                            + suggestCode(code) + " members are ISO 3166-1 alpha-3 codes"
                            + " of UN member states or observer states (PSE, VAT), in capitals");
                    allKnown = false;
                } else if (id != null && blocOf.containsKey(code) && !blocOf.get(code).equals(id)) {
                    problems.error(m.mark(), m.path(), Quote.name(code) + " is already a member of bloc "
                            + blocOf.get(code) + " (line " + firstListed.get(code).line()
                            + "); a state may belong to at most one bloc");
                } else if (id != null) {
                    blocOf.putIfAbsent(code, id);
                    firstListed.putIfAbsent(code, m.mark());
                }
            }
            if (allKnown && id != null) {
                blocVotes.put(id, votesOf(d, own));
            }
        }
    }

    /** A code for a typo or for a state's name written out ("Brazil" → BRA). */
    private static String suggestCode(String typed) {
        for (String code : MemberStates.codes()) {
            if (MemberStates.name(code).equalsIgnoreCase(typed)) {
                return " did you mean " + Quote.name(code) + " (" + MemberStates.name(code) + ")?";
            }
        }
        return Suggestions.closest(typed, MemberStates.codes())
                .map(c -> " did you mean " + Quote.name(c) + " (" + MemberStates.name(c) + ")?").orElse("");
    }

    private int votesOf(Bound bloc, Set<String> members) {
        Long written = (Long) bloc.values().get("votes");
        String id = bloc.text("id");
        List<String> voteThemselves = members.stream().filter(delegationIds::contains).toList();
        int votes = members.size() - voteThemselves.size();
        if (written != null && written != votes) {
            String because = voteThemselves.isEmpty()
                    ? "none of which is a delegation of this scenario"
                    : "of which " + voteThemselves.size() + " (" + String.join(", ", voteThemselves)
                    + ") " + (voteThemselves.size() == 1 ? "is a delegation" : "are delegations")
                    + " of this scenario and " + (voteThemselves.size() == 1 ? "votes itself" : "vote themselves");
            problems.error(bloc.at().valueMark("votes"), bloc.at().pathOf("votes"), "votes " + written
                    + " does not match the members: " + id + " lists " + members.size() + " members, " + because
                    + ", so " + id + " casts " + votes + " votes; write votes: " + votes + " or leave votes out");
        }
        return votes;
    }

    private void voters() {
        long total = 0;
        for (Bound d : delegations) {
            if (d.kind() == null) {
                return;
            }
            Long votes = (Long) d.values().get("votes");
            switch (d.kind()) {
                case STATE -> {
                    if (d.at().has("votes") && votes == null) {
                        return;
                    }
                    total += votes == null ? 1 : votes;
                }
                case BLOC -> {
                    Integer v = d.text("id") == null ? null : blocVotes.get(d.text("id"));
                    if (v == null) {
                        return;
                    }
                    total += v;
                }
                case OBSERVER -> {
                }
            }
        }
        if (total == 0 && !delegations.isEmpty()) {
            problems.error(delegationsMark, "delegations", "no delegation can vote: at least one state or bloc"
                    + " needs votes > 0 (a state has 1 vote unless votes says otherwise; a bloc has one vote per member"
                    + " that is not itself a delegation; observers have none)");
        }
    }

    private void statusQuoWarnings() {
        for (Bound c : clauses) {
            Double statusQuo = c.at().has("statusQuo") ? c.number("statusQuo") : Double.valueOf(0);
            if (c.text("id") == null || statusQuo == null) {
                continue;
            }
            List<String> lines = new ArrayList<>();
            boolean anyAdmits = false;
            for (Bound d : delegations) {
                if (d.kind() == null || !d.kind().negotiates()) {
                    continue;
                }
                for (Bound s : d.items("clauses")) {
                    Bound red = (Bound) s.values().get("redLine");
                    Double min = red == null ? null : red.number("min");
                    Double max = red == null ? null : red.number("max");
                    if (s.key().equals(c.text("id")) && min != null && max != null) {
                        lines.add((d.text("id") == null ? "?" : d.text("id")) + " " + Range.format(min) + ".."
                                + Range.format(max));
                        anyAdmits |= statusQuo >= min && statusQuo <= max;
                    }
                }
            }
            if (!lines.isEmpty() && !anyAdmits) {
                problems.warning(c.at().valueMark("statusQuo"), c.at().pathOf("statusQuo"), "status quo "
                        + Range.format(statusQuo) + " lies outside the red line of every delegation that has one on"
                        + " this clause (" + lines.stream().collect(Collectors.joining(", "))
                        + "); dropping the clause would be acceptable to none of them");
            }
        }
    }
}
