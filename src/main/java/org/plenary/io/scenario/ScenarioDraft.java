package org.plenary.io.scenario;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.plenary.core.model.ChairPreferences;
import org.plenary.core.model.Clause;
import org.plenary.core.model.Delegation;
import org.plenary.core.model.DelegationKind;
import org.plenary.core.model.Metadata;
import org.plenary.core.model.Protocol;
import org.plenary.core.model.RedLine;
import org.plenary.core.model.ScaleLabel;
import org.plenary.core.model.Scenario;
import org.plenary.core.model.Source;
import org.plenary.core.model.Stance;
import org.plenary.io.scenario.UncertaintyReader.UncertaintyDraft;

/**
 * What the file says, field by field, before the cross-reference checks: every value may be
 * null (absent, or wrong and already reported), and each part remembers where it was written.
 * Only a draft without errors becomes a core {@link Scenario}.
 */
record ScenarioDraft(MetadataDraft metadata, List<ClauseDraft> clauses, List<DelegationDraft> delegations,
                     Mark delegationsMark, Protocol protocol, long seed, UncertaintyDraft uncertainty,
                     ChairPreferences chair) {

    record MetadataDraft(String title, String description, String date, List<SourceDraft> sources) {
    }

    record SourceDraft(String id, Mark idMark, String path, String title, String publisher, String date, String url) {
    }

    record ScaleDraft(Double at, Mark atMark, String path, String label) {
    }

    /** {@code id} is null unless it is valid; {@code statusQuo} is null only when wrong. */
    record ClauseDraft(String id, Mark idMark, String path, Mark mark, String title, String description,
                       List<ScaleDraft> scale, Double statusQuo, Mark statusQuoMark) {
    }

    /**
     * {@code redLine} is true when the field is written; {@code redMin}/{@code redMax} are null
     * when wrong, and both are set only when they are consistent.
     */
    record StanceDraft(String clauseId, Mark keyMark, String path, Double position, Double salience,
                       boolean redLine, Double redMin, Double redMax, String rationale,
                       String source, Mark sourceMark) {
    }

    record MemberDraft(String code, Mark mark, String path) {
    }

    /**
     * {@code kind} is null when wrong. {@code votes} is what the file says (null when absent or
     * wrong, see {@code votesWritten}). {@code stancesReadable} is false when the stances could not be read.
     * {@code others} holds the values of the fields read from the description alone, by record component name.
     */
    record DelegationDraft(String id, Mark idMark, String path, Mark mark, String name, DelegationKind kind,
                           Double influence, boolean votesWritten, Long votes, Mark votesMark,
                           List<MemberDraft> members, boolean membersReadable, Double cohesion, Double concession,
                           List<StanceDraft> stances, boolean stancesReadable, Mark clausesMark,
                           Map<String, Object> others) {
    }

    /** The core scenario; only valid for a draft without errors. */
    Scenario toScenario(Map<String, Integer> blocVotes) {
        List<Source> sources = new ArrayList<>();
        for (SourceDraft s : metadata.sources()) {
            sources.add(new Source(s.id(), s.title(), s.publisher(), orEmpty(s.date()), orEmpty(s.url())));
        }
        Metadata meta = new Metadata(metadata.title(), orEmpty(metadata.description()), orEmpty(metadata.date()), sources);
        List<Clause> cs = new ArrayList<>();
        for (ClauseDraft c : clauses) {
            List<ScaleLabel> scale = c.scale().stream().map(l -> new ScaleLabel(l.at(), l.label())).toList();
            cs.add(new Clause(c.id(), c.title(), orEmpty(c.description()), scale, c.statusQuo()));
        }
        List<Delegation> ds = new ArrayList<>();
        for (DelegationDraft d : delegations) {
            Map<String, Stance> stances = new LinkedHashMap<>();
            for (StanceDraft s : d.stances()) {
                RedLine red = s.redLine() ? new RedLine(s.redMin(), s.redMax()) : null;
                stances.put(s.clauseId(), new Stance(s.position(), s.salience(), red, orEmpty(s.rationale()),
                        orEmpty(s.source())));
            }
            int votes = switch (d.kind()) {
                case STATE -> d.votes() == null ? 1 : Math.toIntExact(d.votes());
                case OBSERVER -> 0;
                case BLOC -> blocVotes.get(d.id());
            };
            Map<String, Object> values = new HashMap<>(d.others());
            values.putAll(Map.of("id", d.id(), "name", d.name(), "kind", d.kind(), "influence", d.influence(),
                    "votes", votes, "members", d.members().stream().map(MemberDraft::code).toList(),
                    "cohesion", d.cohesion(), "concession", d.concession(), "stances", stances));
            ds.add(Records.build(Delegation.class, values));
        }
        return new Scenario(meta, cs, ds, protocol, seed, uncertainty.toUncertainty(), chair);
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }
}
