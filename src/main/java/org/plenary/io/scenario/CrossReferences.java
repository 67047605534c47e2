package org.plenary.io.scenario;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.plenary.core.model.DelegationKind;
import org.plenary.io.scenario.ScenarioDraft.ClauseDraft;
import org.plenary.io.scenario.ScenarioDraft.DelegationDraft;
import org.plenary.io.scenario.ScenarioDraft.MemberDraft;
import org.plenary.io.scenario.ScenarioDraft.ScaleDraft;
import org.plenary.io.scenario.ScenarioDraft.SourceDraft;
import org.plenary.io.scenario.ScenarioDraft.StanceDraft;

/**
 * The checks that need the whole scenario: unique ids, references from stances to clauses and
 * sources, blocs and their votes, who can vote, and the status-quo warning. Each check runs on
 * whatever parts of the draft were readable, so one wrong value does not hide other problems.
 */
final class CrossReferences {

    private final ScenarioDraft draft;
    private final Problems problems;
    private final Set<String> delegationIds = new LinkedHashSet<>();
    private final Set<String> blocIds = new LinkedHashSet<>();
    /** Votes of each bloc whose members could all be checked; the core model needs them. */
    private final Map<String, Integer> blocVotes = new HashMap<>();

    CrossReferences(ScenarioDraft draft, Problems problems) {
        this.draft = draft;
        this.problems = problems;
        for (DelegationDraft d : draft.delegations()) {
            if (d.id() != null) {
                delegationIds.add(d.id());
                if (d.kind() == DelegationKind.BLOC) {
                    blocIds.add(d.id());
                }
            }
        }
    }

    /** Runs every check; returns the votes of each bloc by id. */
    Map<String, Integer> check() {
        Set<String> sourceIds = unique(draft.metadata().sources().stream().map(s -> new Id(s.id(), s.idMark(), s.path())).toList(), "source");
        Set<String> clauseIds = unique(draft.clauses().stream().map(c -> new Id(c.id(), c.idMark(), c.path())).toList(), "clause");
        unique(draft.delegations().stream().map(d -> new Id(d.id(), d.idMark(), d.path())).toList(), "delegation");
        draft.clauses().forEach(this::scalePointsUnique);
        for (DelegationDraft d : draft.delegations()) {
            stances(d, clauseIds, sourceIds);
            salience(d);
        }
        blocs();
        voters();
        statusQuoWarnings();
        return blocVotes;
    }

    private record Id(String id, Mark mark, String path) {
    }

    private Set<String> unique(List<Id> ids, String what) {
        Map<String, Mark> first = new LinkedHashMap<>();
        for (Id id : ids) {
            if (id.id() == null) {
                continue;
            }
            Mark earlier = first.putIfAbsent(id.id(), id.mark());
            if (earlier != null) {
                problems.error(id.mark(), ProblemPath.child(id.path(), "id"), "duplicate " + what + " id "
                        + Quote.name(id.id()) + " (first used at line " + earlier.line() + "); " + what
                        + " ids must be unique");
            }
        }
        return first.keySet();
    }

    private void scalePointsUnique(ClauseDraft c) {
        Map<Double, Mark> first = new HashMap<>();
        for (ScaleDraft p : c.scale()) {
            if (p.at() == null) {
                continue;
            }
            Mark earlier = first.putIfAbsent(p.at(), p.atMark());
            if (earlier != null) {
                problems.error(p.atMark(), p.path(), "at " + Range.format(p.at()) + " is labelled twice (first at line "
                        + earlier.line() + "); each point of the scale may carry one label");
            }
        }
    }

    private void stances(DelegationDraft d, Set<String> clauseIds, Set<String> sourceIds) {
        for (StanceDraft s : d.stances()) {
            if (!clauseIds.contains(s.clauseId())) {
                problems.error(s.keyMark(), s.path(), "unknown clause " + Quote.name(s.clauseId()) + ";"
                        + Suggestions.didYouMean(s.clauseId(), clauseIds) + " clauses of this scenario: "
                        + (clauseIds.isEmpty() ? "none" : String.join(", ", clauseIds)));
            }
            if (s.source() != null && !sourceIds.contains(s.source())) {
                problems.error(s.sourceMark(), ProblemPath.child(s.path(), "source"), "unknown source "
                        + Quote.name(s.source()) + ";" + Suggestions.didYouMean(s.source(), sourceIds)
                        + (sourceIds.isEmpty() ? " metadata.sources defines no sources"
                        : " sources of this scenario: " + String.join(", ", sourceIds)));
            }
        }
    }

    private void salience(DelegationDraft d) {
        if (d.kind() == null || !d.kind().negotiates() || !d.stancesReadable()) {
            return;
        }
        boolean cares = d.stances().stream().anyMatch(s -> s.salience() > 0);
        if (!cares) {
            String who = d.id() == null ? "this delegation" : d.id();
            problems.error(d.stances().isEmpty() ? d.mark() : d.clausesMark(), ProblemPath.child(d.path(), "clauses"),
                    who + " has no clause with salience > 0; a state or bloc must care about at least one clause"
                    + " (give one of its stances a salience above 0, or make it an observer)");
        }
    }

    private void blocs() {
        Map<String, String> blocOf = new HashMap<>();
        Map<String, Mark> firstListed = new HashMap<>();
        for (DelegationDraft d : draft.delegations()) {
            if (d.kind() != DelegationKind.BLOC) {
                continue;
            }
            boolean allKnown = d.membersReadable();
            Set<String> own = new LinkedHashSet<>();
            for (MemberDraft m : d.members()) {
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
                } else if (d.id() != null && blocOf.containsKey(code) && !blocOf.get(code).equals(d.id())) {
                    problems.error(m.mark(), m.path(), Quote.name(code) + " is already a member of bloc "
                            + blocOf.get(code) + " (line " + firstListed.get(code).line()
                            + "); a state may belong to at most one bloc");
                } else if (d.id() != null) {
                    blocOf.putIfAbsent(code, d.id());
                    firstListed.putIfAbsent(code, m.mark());
                }
            }
            if (allKnown && d.id() != null) {
                blocVotes.put(d.id(), votesOf(d, own));
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

    private int votesOf(DelegationDraft bloc, Set<String> members) {
        List<String> voteThemselves = members.stream().filter(delegationIds::contains).toList();
        int votes = members.size() - voteThemselves.size();
        if (bloc.votesWritten() && bloc.votes() != null && bloc.votes() != votes) {
            String because = voteThemselves.isEmpty()
                    ? "none of which is a delegation of this scenario"
                    : "of which " + voteThemselves.size() + " (" + String.join(", ", voteThemselves)
                    + ") " + (voteThemselves.size() == 1 ? "is a delegation" : "are delegations")
                    + " of this scenario and " + (voteThemselves.size() == 1 ? "votes itself" : "vote themselves");
            problems.error(bloc.votesMark(), ProblemPath.child(bloc.path(), "votes"), "votes " + bloc.votes()
                    + " does not match the members: " + bloc.id() + " lists " + members.size() + " members, " + because
                    + ", so " + bloc.id() + " casts " + votes + " votes; write votes: " + votes + " or leave votes out");
        }
        return votes;
    }

    private void voters() {
        long total = 0;
        for (DelegationDraft d : draft.delegations()) {
            if (d.kind() == null) {
                return;
            }
            switch (d.kind()) {
                case STATE -> {
                    if (d.votesWritten() && d.votes() == null) {
                        return;
                    }
                    total += d.votes() == null ? 1 : d.votes();
                }
                case BLOC -> {
                    Integer v = d.id() == null ? null : blocVotes.get(d.id());
                    if (v == null) {
                        return;
                    }
                    total += v;
                }
                case OBSERVER -> {
                }
            }
        }
        if (total == 0 && !draft.delegations().isEmpty()) {
            problems.error(draft.delegationsMark(), "delegations", "no delegation can vote: at least one state or bloc"
                    + " needs votes > 0 (a state has 1 vote unless votes says otherwise; a bloc has one vote per member"
                    + " that is not itself a delegation; observers have none)");
        }
    }

    private void statusQuoWarnings() {
        for (ClauseDraft c : draft.clauses()) {
            if (c.id() == null || c.statusQuo() == null) {
                continue;
            }
            List<String> lines = new ArrayList<>();
            boolean anyAdmits = false;
            for (DelegationDraft d : draft.delegations()) {
                if (d.kind() == null || !d.kind().negotiates()) {
                    continue;
                }
                for (StanceDraft s : d.stances()) {
                    if (s.clauseId().equals(c.id()) && s.redMin() != null && s.redMax() != null) {
                        lines.add((d.id() == null ? "?" : d.id()) + " " + Range.format(s.redMin()) + ".."
                                + Range.format(s.redMax()));
                        anyAdmits |= c.statusQuo() >= s.redMin() && c.statusQuo() <= s.redMax();
                    }
                }
            }
            if (!lines.isEmpty() && !anyAdmits) {
                problems.warning(c.statusQuoMark(), ProblemPath.child(c.path(), "statusQuo"), "status quo "
                        + Range.format(c.statusQuo()) + " lies outside the red line of every delegation that has one on"
                        + " this clause (" + lines.stream().collect(Collectors.joining(", "))
                        + "); dropping the clause would be acceptable to none of them");
            }
        }
    }
}
