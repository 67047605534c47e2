package org.plenary.io.scenario;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.stream.Collectors;
import org.plenary.core.model.DelegationKind;
import org.plenary.io.scenario.ScenarioBinder.Bound;
import org.plenary.io.scenario.ScenarioBinder.Member;
import org.plenary.io.source.Mark;
import org.plenary.io.source.Problems;
import org.plenary.io.source.Quote;
import org.plenary.io.source.Range;
import org.plenary.io.source.Suggestions;

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
    /** Votes of each bloc whose members could all be checked. */
    private final Map<String, Long> blocVotes = new HashMap<>();

    CrossReferences(Bound scenario, Problems problems) {
        this.clauses = scenario.items("clauses");
        this.delegations = scenario.items("delegations");
        Bound metadata = (Bound) scenario.values().get("metadata");
        this.sources = metadata == null ? List.of() : metadata.items("sources");
        this.delegationsMark = scenario.at().valueMark("delegations");
        this.problems = problems;
    }

    /** Runs every check, and gives each delegation the votes it casts, which the model needs. */
    void check() {
        Set<String> sourceIds = unique(sources, "source");
        Set<String> clauseIds = unique(clauses, "clause");
        Set<String> delegationIds = unique(delegations, "delegation");
        clauses.forEach(this::scalePointsUnique);
        for (Bound d : delegations) {
            stances(d, clauseIds, sourceIds);
            salience(d);
        }
        blocs(delegationIds);
        voters();
        statusQuoWarnings();
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
            reference(s.keyMark(), s.path(), "clause", s.key(), clauseIds, " clauses of this scenario: none");
            String source = s.text("source");
            if (source != null) {
                reference(s.at().valueMark("source"), s.at().pathOf("source"), "source", source, sourceIds,
                        " metadata.sources defines no sources");
            }
        }
    }

    /** Reports {@code id} unless it is one of {@code ids}, the ids of {@code what}; {@code none} says there are none. */
    private void reference(Mark mark, String path, String what, String id, Set<String> ids, String none) {
        if (!ids.contains(id)) {
            problems.error(mark, path, "unknown " + what + " " + Quote.name(id) + ";" + Suggestions.didYouMean(id, ids)
                    + (ids.isEmpty() ? none : " " + what + "s of this scenario: " + String.join(", ", ids)));
        }
    }

    private void salience(Bound d) {
        if (d.kind() == null || !d.kind().negotiates() || !d.readable("clauses")) {
            return;
        }
        if (d.items("clauses").stream().noneMatch(s -> s.number("salience") > 0)) {
            String who = d.text("id") == null ? "this delegation" : d.text("id");
            problems.error(d.items("clauses").isEmpty() ? d.mark() : d.at().valueMark("clauses"), d.at().pathOf("clauses"),
                    who + " has no clause with salience > 0; a state or bloc must care about at least one clause"
                    + " (give one of its stances a salience above 0, or make it an observer)");
        }
    }

    private void blocs(Set<String> delegationIds) {
        Set<String> blocIds = delegations.stream().filter(d -> d.kind() == DelegationKind.BLOC).map(d -> d.text("id"))
                .filter(Objects::nonNull).collect(Collectors.toSet());
        // Each listed state's first bloc, and the line that lists it there.
        Map<String, Map.Entry<String, Integer>> firstBloc = new HashMap<>();
        for (Bound d : delegations) {
            if (d.kind() != DelegationKind.BLOC) {
                continue;
            }
            boolean allKnown = d.readable("members");
            String id = d.text("id");
            Set<String> own = new LinkedHashSet<>();
            for (Member m : d.members()) {
                String code = m.code();
                String wrong = !own.add(code) ? Quote.name(code) + " is listed twice in members; list each state once"
                        : blocIds.contains(code) ? Quote.name(code) + " is a bloc of this scenario; bloc members must be"
                        + " states (list its member states instead)"
                        : MemberStates.isKnown(code) ? null : "unknown state code " + Quote.name(code) + ";"
                        + suggestCode(code) + " members are ISO 3166-1 alpha-3 codes"
                        + " of UN member states or observer states (PSE, VAT), in capitals";
                if (wrong != null) {
                    problems.error(m.mark(), m.path(), wrong);
                    allKnown = false;
                    continue;
                }
                Map.Entry<String, Integer> first = id == null ? null
                        : firstBloc.putIfAbsent(code, Map.entry(id, m.mark().line()));
                if (first != null && !first.getKey().equals(id)) {
                    problems.error(m.mark(), m.path(), Quote.name(code) + " is already a member of bloc " + first.getKey()
                            + " (line " + first.getValue() + "); a state may belong to at most one bloc");
                }
            }
            if (allKnown && id != null) {
                blocVotes.put(id, votesOf(d, own, delegationIds));
            }
        }
    }

    /** A code for a typo or for a state's name written out ("Brazil" → BRA). */
    private static String suggestCode(String typed) {
        return MemberStates.codes().stream().filter(c -> MemberStates.name(c).equalsIgnoreCase(typed)).findFirst()
                .or(() -> Suggestions.closest(typed, MemberStates.codes()))
                .map(c -> " did you mean " + Quote.name(c) + " (" + MemberStates.name(c) + ")?").orElse("");
    }

    private long votesOf(Bound bloc, Set<String> members, Set<String> delegationIds) {
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

    /** The votes {@code d} casts, or null when its kind, votes or members could not be read (reported). */
    private Long votes(Bound d) {
        return d.kind() == null ? null : switch (d.kind()) {
            case STATE -> d.at().has("votes") ? (Long) d.values().get("votes") : Long.valueOf(1);
            case OBSERVER -> Long.valueOf(0);
            case BLOC -> d.text("id") == null ? null : blocVotes.get(d.text("id"));
        };
    }

    /** Gives each delegation its votes and reports a scenario in which none can vote, once all votes are known. */
    private void voters() {
        List<Long> votes = delegations.stream().map(this::votes).toList();
        if (votes.stream().anyMatch(Objects::isNull)) {
            return;
        }
        for (int i = 0; i < votes.size(); i++) {
            delegations.get(i).values().put("votes", votes.get(i));
        }
        if (votes.stream().mapToLong(Long::longValue).sum() == 0 && !delegations.isEmpty()) {
            problems.error(delegationsMark, "delegations", "no delegation can vote: at least one state or bloc"
                    + " needs votes > 0 (a state has 1 vote unless votes says otherwise; a bloc has one vote per member"
                    + " that is not itself a delegation; observers have none)");
        }
    }

    private void statusQuoWarnings() {
        for (Bound c : clauses) {
            Double statusQuo = (Double) c.value("statusQuo");
            if (c.text("id") == null || statusQuo == null) {
                continue;
            }
            List<String> lines = new ArrayList<>();
            boolean anyAdmits = false;
            for (Bound d : delegations) {
                for (Bound s : d.kind() != null && d.kind().negotiates() ? d.items("clauses") : List.<Bound>of()) {
                    Bound red = (Bound) s.values().get("redLine");
                    Double min = red == null ? null : red.number("min");
                    Double max = red == null ? null : red.number("max");
                    if (s.key().equals(c.text("id")) && min != null && max != null) {
                        lines.add((d.text("id") == null ? "?" : d.text("id")) + " " + Range.format(min) + ".." + Range.format(max));
                        anyAdmits |= statusQuo >= min && statusQuo <= max;
                    }
                }
            }
            if (!lines.isEmpty() && !anyAdmits) {
                problems.warning(c.at().valueMark("statusQuo"), c.at().pathOf("statusQuo"), "status quo "
                        + Range.format(statusQuo) + " lies outside the red line of every delegation that has one on"
                        + " this clause (" + String.join(", ", lines) + "); dropping the clause would be acceptable"
                        + " to none of them");
            }
        }
    }
}
