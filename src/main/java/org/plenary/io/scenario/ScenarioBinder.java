package org.plenary.io.scenario;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.plenary.core.model.DelegationKind;
import org.plenary.core.model.ChairPreferences;
import org.plenary.core.model.Protocol;
import org.plenary.io.scenario.ScenarioDraft.ClauseDraft;
import org.plenary.io.scenario.ScenarioDraft.DelegationDraft;
import org.plenary.io.scenario.ScenarioDraft.MemberDraft;
import org.plenary.io.scenario.ScenarioDraft.MetadataDraft;
import org.plenary.io.scenario.ScenarioDraft.ScaleDraft;
import org.plenary.io.scenario.ScenarioDraft.SourceDraft;
import org.plenary.io.scenario.ScenarioDraft.StanceDraft;
import org.plenary.io.scenario.SourceNode.Entry;
import org.plenary.io.scenario.SourceNode.ListNode;
import org.plenary.io.scenario.SourceNode.MapNode;
import org.plenary.io.scenario.SourceNode.ScalarNode;
import org.plenary.io.scenario.UncertaintyReader.UncertaintyDraft;

/**
 * Reads the tree into a {@link ScenarioDraft}: field names, types, ranges, required fields and
 * defaults, one mapping at a time. Checks that need the whole scenario (references, blocs) are
 * in {@link CrossReferences}.
 */
final class ScenarioBinder {

    static final List<String> TOP_FIELDS = ScenarioFields.keys("scenario");
    static final List<String> METADATA_FIELDS = ScenarioFields.keys("metadata");
    static final List<String> SOURCE_FIELDS = ScenarioFields.keys("source");
    static final List<String> CLAUSE_FIELDS = ScenarioFields.keys("clause");
    static final List<String> SCALE_FIELDS = ScenarioFields.keys("scalePoint");
    static final List<String> DELEGATION_FIELDS = ScenarioFields.keys("delegation");
    static final List<String> STANCE_FIELDS = ScenarioFields.keys("stance");
    static final List<String> RED_LINE_FIELDS = ScenarioFields.keys("redLine");
    static final List<String> PROTOCOL_FIELDS = ScenarioFields.keys("protocol");
    static final List<String> CHAIR_FIELDS = ScenarioFields.keys("chair");
    /** The fields of a delegation read by hand, for the rules between them (observers, blocs). */
    static final List<String> DELEGATION_BY_HAND = List.of("id", "name", "kind", "influence", "votes", "members",
            "cohesion", "concession", "clauses");

    static final Pattern ID = ScenarioFields.ID;
    static final Pattern SOURCE_ID = ScenarioFields.SOURCE_ID;


    private final Problems problems;

    ScenarioBinder(Problems problems) {
        this.problems = problems;
    }

    /** The draft, or null when the top level is not a mapping. */
    ScenarioDraft bind(SourceNode root) {
        if (!(root instanceof MapNode top)) {
            if (!Expect.rejected(root, ProblemPath.ROOT, problems)) {
                problems.error(root.mark(), ProblemPath.ROOT, "expected a mapping with fields "
                        + String.join(", ", TOP_FIELDS) + " at the top level, got " + root.describe());
            }
            return null;
        }
        FieldReader f = new FieldReader(top, "", TOP_FIELDS, problems);
        MapNode metaNode = f.mapping("metadata", METADATA_FIELDS, true);
        MetadataDraft metadata = metaNode == null ? new MetadataDraft(null, null, null, List.of())
                : metadata(new FieldReader(metaNode, "metadata", METADATA_FIELDS, problems));
        List<ClauseDraft> clauses = clauses(f.list("clauses", "clauses", true), f.pathOf("clauses"));
        List<DelegationDraft> delegations = delegations(f.list("delegations", "delegations", true),
                f.pathOf("delegations"));
        MapNode protocolNode = f.mapping("protocol", PROTOCOL_FIELDS, false);
        Protocol protocol = record(protocolNode == null ? null
                : new FieldReader(protocolNode, "protocol", PROTOCOL_FIELDS, problems), "protocol", Protocol.class);
        Long seed = (Long) f.value(spec("scenario", "seed"));
        MapNode uncertaintyNode = f.mapping("uncertainty", UncertaintyReader.FIELDS, false);
        UncertaintyDraft uncertainty = uncertaintyNode == null ? UncertaintyDraft.NONE
                : new UncertaintyReader(problems).bind(new FieldReader(uncertaintyNode, "uncertainty",
                        UncertaintyReader.FIELDS, problems));
        MapNode chairNode = f.mapping("chair", CHAIR_FIELDS, false);
        ChairPreferences chair = chairNode == null ? null
                : chair(new FieldReader(chairNode, "chair", CHAIR_FIELDS, problems), clauses);
        return new ScenarioDraft(metadata, clauses, delegations, f.valueMark("delegations"), protocol,
                seed == null ? 1L : seed, uncertainty, chair);
    }

    /** The chair's preferences; its positions must name clauses of the scenario. */
    private ChairPreferences chair(FieldReader f, List<ClauseDraft> clauses) {
        String name = f.text("name", false);
        Double weight = f.number("weight", ScenarioFields.section("chair").field("weight").range(), true);
        Map<String, Double> positions = new LinkedHashMap<>();
        MapNode m = f.mapping("positions", List.of("<clause id>: position 0-100"), true);
        if (m != null) {
            FieldReader.reportDuplicates(m, f.pathOf("positions"), problems);
            List<String> ids = new ArrayList<>();
            for (ClauseDraft c : clauses) {
                if (c.id() != null) {
                    ids.add(c.id());
                }
            }
            for (Entry e : m.entries()) {
                String path = ProblemPath.child(f.pathOf("positions"), e.key());
                if (!ids.contains(e.key())) {
                    problems.error(e.keyMark(), path, "the chair's position names clause " + Quote.name(e.key())
                            + ", which the scenario does not have;" + Suggestions.didYouMean(e.key(), ids)
                            + " clauses: " + String.join(", ", ids));
                    continue;
                }
                Double x = Expect.number(e.value(), path, "position", Range.closed(0, 100), problems);
                if (x != null) {
                    positions.put(e.key(), x);
                }
            }
        }
        return new ChairPreferences(name == null ? "the chair" : name, weight == null ? 0 : weight, positions);
    }

    private MetadataDraft metadata(FieldReader f) {
        String title = f.text("title", true);
        String description = f.text("description", false);
        String date = f.text("date", false);
        List<SourceDraft> sources = new ArrayList<>();
        ListNode list = f.list("sources", "sources", false);
        if (list != null) {
            for (int i = 0; i < list.items().size(); i++) {
                // Sources are named by index: their ids may contain dots, which would make a path ambiguous.
                String path = ProblemPath.index(f.pathOf("sources"), i);
                MapNode m = Expect.mapping(list.items().get(i), path, SOURCE_FIELDS, problems);
                if (m != null) {
                    sources.add(source(new FieldReader(m, path, SOURCE_FIELDS, problems)));
                }
            }
        }
        return new MetadataDraft(title, description, date, sources);
    }

    private SourceDraft source(FieldReader f) {
        String id = id(f, SOURCE_ID, "a letter or digit, then letters, digits, '_', '.' or '-'");
        return new SourceDraft(id, f.valueMark("id"), f.path(), f.text("title", true), f.text("publisher", true),
                f.text("date", false), f.text("url", false));
    }

    private List<ClauseDraft> clauses(ListNode list, String listPath) {
        List<ClauseDraft> out = new ArrayList<>();
        if (list == null) {
            return out;
        }
        if (list.items().isEmpty()) {
            problems.error(list.mark(), listPath, "clauses is empty; a scenario needs at least one clause");
        }
        for (int i = 0; i < list.items().size(); i++) {
            SourceNode item = list.items().get(i);
            MapNode m = Expect.mapping(item, ProblemPath.index(listPath, i), CLAUSE_FIELDS, problems);
            if (m == null) {
                continue;
            }
            FieldReader f = new FieldReader(m, pathById(m, listPath, i, ID), CLAUSE_FIELDS, problems);
            String id = id(f, ID, "a letter, then letters, digits, '_' or '-'");
            String title = f.text("title", true);
            String description = f.text("description", false);
            List<ScaleDraft> scale = scale(f);
            Double statusQuo = f.has("statusQuo") ? (Double) f.value(spec("clause", "statusQuo")) : Double.valueOf(0);
            out.add(new ClauseDraft(id, f.valueMark("id"), f.path(), m.mark(), title, description, scale, statusQuo,
                    f.valueMark("statusQuo")));
        }
        return out;
    }

    private List<ScaleDraft> scale(FieldReader f) {
        List<ScaleDraft> out = new ArrayList<>();
        ListNode list = f.list("scale", "labelled points {at, label}", false);
        if (list == null) {
            return out;
        }
        for (int i = 0; i < list.items().size(); i++) {
            String path = ProblemPath.index(f.pathOf("scale"), i);
            MapNode m = Expect.mapping(list.items().get(i), path, SCALE_FIELDS, problems);
            if (m == null) {
                continue;
            }
            FieldReader p = new FieldReader(m, path, SCALE_FIELDS, problems);
            Double at = (Double) p.value(spec("scalePoint", "at"));
            String label = p.text("label", true);
            out.add(new ScaleDraft(at, p.valueMark("at"), p.pathOf("at"), label));
        }
        return out;
    }

    private List<DelegationDraft> delegations(ListNode list, String listPath) {
        List<DelegationDraft> out = new ArrayList<>();
        if (list == null) {
            return out;
        }
        if (list.items().isEmpty()) {
            problems.error(list.mark(), listPath, "delegations is empty; a scenario needs at least one delegation");
        }
        for (int i = 0; i < list.items().size(); i++) {
            MapNode m = Expect.mapping(list.items().get(i), ProblemPath.index(listPath, i), DELEGATION_FIELDS, problems);
            if (m != null) {
                out.add(delegation(new FieldReader(m, pathById(m, listPath, i, ID), DELEGATION_FIELDS, problems)));
            }
        }
        return out;
    }

    private DelegationDraft delegation(FieldReader f) {
        String id = id(f, ID, "a letter, then letters, digits, '_' or '-'");
        String name = f.text("name", true);
        DelegationKind kind = DelegationKind.STATE;
        if (f.has("kind")) {
            String k = f.choice("kind", List.of("state", "bloc", "observer"));
            kind = k == null ? null : DelegationKind.valueOf(k.toUpperCase(Locale.ROOT));
        }
        Double influence;
        if (kind == DelegationKind.OBSERVER && !f.has("influence")) {
            influence = 1.0;
        } else {
            influence = f.number("influence", spec("delegation", "influence").range(), kind != null);
        }
        Long votes = (Long) f.value(spec("delegation", "votes"));
        if (kind == DelegationKind.OBSERVER && votes != null && votes != 0) {
            problems.error(f.valueMark("votes"), f.pathOf("votes"), "an observer casts no votes; votes must be 0"
                    + " (or left out), or make " + Quote.name(String.valueOf(id)) + " a state or bloc");
        }
        List<MemberDraft> members = new ArrayList<>();
        boolean membersReadable = true;
        if (f.has("members") && kind != null && kind != DelegationKind.BLOC) {
            problems.error(f.keyMark("members"), f.pathOf("members"), "members are only allowed on a bloc; "
                    + (id == null ? "this delegation" : id) + " is " + (kind == DelegationKind.STATE ? "a state" : "an observer")
                    + " (set kind: bloc, or remove members)");
        } else {
            ListNode list = f.list("members", "state codes", false);
            membersReadable = list != null || !f.has("members");
            if (list != null) {
                for (int i = 0; i < list.items().size(); i++) {
                    String path = ProblemPath.index(f.pathOf("members"), i);
                    SourceNode item = list.items().get(i);
                    String code = Expect.text(item, path, problems);
                    if (code == null) {
                        membersReadable = false;
                    } else {
                        members.add(new MemberDraft(code, item.mark(), path));
                    }
                }
            }
        }
        Double cohesion = f.has("cohesion") ? (Double) f.value(spec("delegation", "cohesion")) : Double.valueOf(1);
        Double concession = f.has("concession") ? (Double) f.value(spec("delegation", "concession")) : Double.valueOf(1);
        List<StanceDraft> stances = new ArrayList<>();
        boolean stancesReadable = true;
        if (f.has("clauses")) {
            MapNode m = f.mapping("clauses", List.of("<clause id>: {" + String.join(", ", STANCE_FIELDS) + "}"), false);
            if (m == null) {
                stancesReadable = false;
            } else {
                FieldReader.reportDuplicates(m, f.pathOf("clauses"), problems);
                for (Entry e : m.entries()) {
                    String path = ProblemPath.child(f.pathOf("clauses"), e.key());
                    MapNode s = Expect.mapping(e.value(), path, STANCE_FIELDS, problems);
                    if (s == null) {
                        stancesReadable = false;
                        continue;
                    }
                    StanceDraft stance = stance(e, new FieldReader(s, path, STANCE_FIELDS, problems));
                    stancesReadable &= stance.salience() != null;
                    stances.add(stance);
                }
            }
        }
        return new DelegationDraft(id, f.valueMark("id"), f.path(), f.map().mark(), name, kind, influence,
                f.has("votes"), votes, f.valueMark("votes"), members, membersReadable, cohesion, concession,
                stances, stancesReadable, f.valueMark("clauses"), others(f, "delegation", DELEGATION_BY_HAND));
    }

    private StanceDraft stance(Entry e, FieldReader f) {
        Double position = (Double) f.value(spec("stance", "position"));
        Double salience = (Double) f.value(spec("stance", "salience"));
        Double min = null;
        Double max = null;
        MapNode red = f.mapping("redLine", RED_LINE_FIELDS, false);
        if (red != null) {
            FieldReader r = new FieldReader(red, f.pathOf("redLine"), RED_LINE_FIELDS, problems);
            min = (Double) r.value(spec("redLine", "min"));
            max = (Double) r.value(spec("redLine", "max"));
            if (min != null && max != null && min > max) {
                problems.error(red.mark(), f.pathOf("redLine"), "red line min " + Range.format(min) + " is above max "
                        + Range.format(max) + "; min must be <= max");
                min = null;
                max = null;
            }
        }
        String rationale = f.text("rationale", false);
        String source = f.text("source", false);
        return new StanceDraft(e.key(), e.keyMark(), f.path(), position, salience, f.has("redLine"), min, max,
                rationale, source, f.valueMark("source"));
    }

    private static FieldSpec spec(String section, String key) {
        return ScenarioFields.section(section).field(key);
    }

    /**
     * The values of the scalar fields of section {@code name} that no code above reads by hand: each
     * checked as the description says, its default when absent or wrong. A new field of a delegation
     * is read here, and reaches the record component of its name.
     */
    private static Map<String, Object> others(FieldReader f, String name, List<String> byHand) {
        Map<String, Object> values = new HashMap<>();
        for (FieldSpec spec : ScenarioFields.section(name).fields()) {
            if (!byHand.contains(spec.key())) {
                Object v = f.value(spec);
                values.put(spec.key(), v == null ? spec.defaultValue() : v);
            }
        }
        return values;
    }

    /**
     * The record section {@code name} binds to, each component read from the field of its name, or
     * the field's default when absent or wrong (a wrong value is reported, so the scenario is not built).
     */
    private <R extends Record> R record(FieldReader f, String name, Class<R> type) {
        Map<String, Object> values = new HashMap<>();
        for (FieldSpec spec : ScenarioFields.section(name).fields()) {
            Object v = f == null ? null : f.value(spec);
            values.put(spec.key(), v == null ? spec.defaultValue() : v);
        }
        return Records.build(type, values);
    }

    /** The id of the mapping read by {@code f}, or null after reporting why it is missing or invalid. */
    private String id(FieldReader f, Pattern pattern, String rule) {
        String id = f.text("id", true);
        if (id != null && !pattern.matcher(id).matches()) {
            problems.error(f.valueMark("id"), f.pathOf("id"), "id " + Quote.name(id) + " is not valid; an id is "
                    + rule + " (pattern ^" + pattern.pattern() + "$)");
            return null;
        }
        return id;
    }

    /** {@code list.id} when the item has a valid id, else {@code list[i]}. */
    private static String pathById(MapNode item, String listPath, int index, Pattern pattern) {
        Entry id = item.entry("id");
        if (id != null && id.value() instanceof ScalarNode s && s.value() instanceof String text
                && s.type() == SourceNode.ScalarType.STRING && pattern.matcher(text).matches()) {
            return listPath + "." + text;
        }
        return ProblemPath.index(listPath, index);
    }
}
