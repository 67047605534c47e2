package org.plenary.io.scenario;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.plenary.core.model.DelegationKind;
import org.plenary.io.scenario.ScenarioFields.Section;
import org.plenary.io.scenario.UncertaintyReader.UncertaintyDraft;
import org.plenary.io.source.Expect;
import org.plenary.io.source.FieldReader;
import org.plenary.io.source.Mark;
import org.plenary.io.source.ProblemPath;
import org.plenary.io.source.Problems;
import org.plenary.io.source.Quote;
import org.plenary.io.source.Range;
import org.plenary.io.source.SourceNode;
import org.plenary.io.source.SourceNode.Entry;
import org.plenary.io.source.SourceNode.ListNode;
import org.plenary.io.source.SourceNode.MapNode;
import org.plenary.io.source.SourceNode.ScalarNode;
import org.plenary.io.source.Suggestions;

/**
 * Reads the tree section by section as {@link ScenarioFields} describes it: field names, types,
 * ranges, required fields, nested mappings, lists and keyed maps. What the description cannot say
 * is here by hand: the rules between a delegation's kind, influence, votes and members, a red
 * line's order, the chair's clauses and the uncertainty section. Checks that need the whole
 * scenario (references, blocs) are in {@link CrossReferences}.
 */
final class ScenarioBinder {

    /** What a list holds, in messages, where it is not simply the list's name. */
    private static final Map<String, String> LIST_OF = Map.of("scale", "labelled points {at, label}",
            "members", "state codes");

    /**
     * A mapping of the file read against its section.
     *
     * @param section    its description
     * @param key        its key in a keyed map (a stance's clause id), else null
     * @param keyMark    where that key is written, else where the mapping starts
     * @param at         its fields as written
     * @param values     each field's value: null when absent or wrong (reported); nested mappings as
     *                   bound mappings, lists as lists, keyed maps as maps by key; a delegation's votes
     *                   become the votes it casts once {@link CrossReferences} has counted them
     * @param unreadable the fields written but not read, and the lists and maps of which some item
     *                   could not be read
     */
    record Bound(Section section, String key, Mark keyMark, FieldReader at, Map<String, Object> values,
                 Set<String> unreadable) {

        String text(String field) {
            return (String) values.get(field);
        }

        Double number(String field) {
            return (Double) values.get(field);
        }

        /** The items of a list, or the values of a keyed map; empty when absent or wrong. */
        @SuppressWarnings("unchecked")
        List<Bound> items(String field) {
            Object v = values.get(field);
            return v instanceof Map<?, ?> m ? List.copyOf((java.util.Collection<Bound>) m.values())
                    : v == null ? List.of() : (List<Bound>) v;
        }

        /** A bloc's members as written; empty when absent or wrong. */
        @SuppressWarnings("unchecked")
        List<Member> members() {
            return values.get("members") == null ? List.of() : (List<Member>) values.get("members");
        }

        boolean readable(String field) {
            return !unreadable.contains(field);
        }

        /** The value of {@code field} as written, else its default; null when wrong. */
        Object value(String field) {
            return at.has(field) ? values.get(field) : section.field(field).defaultValue();
        }

        /** A delegation's kind; null when wrong. */
        DelegationKind kind() {
            Object kind = value("kind");
            return kind == null ? null : DelegationKind.valueOf(((String) kind).toUpperCase(Locale.ROOT));
        }

        Mark mark() {
            return at.map().mark();
        }

        String path() {
            return at.path();
        }
    }

    /** An item of a list of texts (a bloc's member code) as written. */
    record Member(String code, Mark mark, String path) {
    }

    private final Problems problems;
    /** The valid ids of the clauses, once read: the chair's positions name them. */
    private List<String> clauseIds = List.of();

    ScenarioBinder(Problems problems) {
        this.problems = problems;
    }

    /**
     * The core record of {@code section} (a {@link org.plenary.core.model.Scenario} for the top level),
     * each component from the field of its name, or the field's default; only for a file without errors.
     */
    static Record build(Section section, Map<String, Object> values) {
        Map<String, Object> components = new HashMap<>();
        for (FieldSpec spec : section.fields()) {
            components.put(spec.key(), built(spec, values.get(spec.key())));
        }
        return Records.build(section.model(), components);
    }

    private static Object built(FieldSpec spec, Object v) {
        if (v == null && spec.type() == FieldSpec.Type.MAPPING) {
            Section s = ScenarioFields.section(spec.of());
            // A section whose fields are all optional (the protocol) stands for its defaults when absent.
            return s.fields().stream().anyMatch(FieldSpec::required) ? null : build(s, Map.of());
        }
        if (v instanceof Map<?, ?> m) {
            Map<Object, Object> out = new LinkedHashMap<>();
            m.forEach((k, x) -> out.put(k, built(spec, x)));
            return out;
        }
        return v instanceof Bound b ? build(b.section(), b.values())
                : v instanceof UncertaintyDraft u ? u.toUncertainty()
                : v instanceof Member m ? m.code()
                : v instanceof List<?> l ? l.stream().map(x -> built(spec, x)).toList()
                : v != null ? v
                : spec.type() == FieldSpec.Type.LIST ? List.of()
                : spec.type() == FieldSpec.Type.MAP ? Map.of() : spec.defaultValue();
    }

    /** The scenario as written, or null when the top level is not a mapping. */
    Bound bind(SourceNode root) {
        Section top = ScenarioFields.section("scenario");
        if (!(root instanceof MapNode m)) {
            if (!Expect.rejected(root, ProblemPath.ROOT, problems)) {
                problems.error(root.mark(), ProblemPath.ROOT, "expected a mapping with fields "
                        + String.join(", ", top.keys()) + " at the top level, got " + root.describe());
            }
            return null;
        }
        return read(top, m, "", null, m.mark());
    }

    private Bound read(Section section, MapNode map, String path, String key, Mark keyMark) {
        FieldReader f = new FieldReader(map, path, section.keys(), problems);
        Bound b = new Bound(section, key, keyMark, f, new LinkedHashMap<>(), new HashSet<>());
        for (FieldSpec spec : section.fields()) {
            String k = spec.key();
            Object v = switch (section.name() + "." + k) {
                case "scenario.observed" -> null; // read by the history reader alone
                case "scenario.uncertainty" -> {
                    MapNode n = f.mapping(k, ScenarioFields.keys(k), false);
                    yield n == null ? UncertaintyDraft.NONE : new UncertaintyReader(problems).bind(
                            new FieldReader(n, f.pathOf(k), ScenarioFields.keys(k), problems));
                }
                case "delegation.influence" -> b.kind() == DelegationKind.OBSERVER && !f.has(k) ? Double.valueOf(1)
                        : f.number(k, spec.range(), b.kind() != null);
                case "delegation.members" -> {
                    if (f.has(k) && b.kind() != null && b.kind() != DelegationKind.BLOC) {
                        String id = b.text("id");
                        problems.error(f.keyMark(k), f.pathOf(k), "members are only allowed on a bloc; "
                                + (id == null ? "this delegation" : id) + " is "
                                + (b.kind() == DelegationKind.STATE ? "a state" : "an observer")
                                + " (set kind: bloc, or remove members)");
                        yield null;
                    }
                    yield value(b, spec);
                }
                default -> value(b, spec);
            };
            b.values().put(k, v);
            if (v == null && f.has(k)) {
                b.unreadable().add(k);
            }
            if (section.name().equals("scenario") && k.equals("clauses")) {
                clauseIds = b.items(k).stream().map(c -> c.text("id")).filter(id -> id != null).toList();
            }
        }
        check(b);
        return b;
    }

    /** The rules within one mapping that the description does not state. */
    private void check(Bound b) {
        FieldReader f = b.at();
        if (b.section().name().equals("delegation")) {
            Long votes = (Long) b.values().get("votes");
            if (b.kind() == DelegationKind.OBSERVER && votes != null && votes != 0) {
                problems.error(f.valueMark("votes"), f.pathOf("votes"), "an observer casts no votes; votes must be 0"
                        + " (or left out), or make " + Quote.name(String.valueOf(b.text("id"))) + " a state or bloc");
            }
            if (b.items("clauses").stream().anyMatch(s -> s.number("salience") == null)) {
                b.unreadable().add("clauses");
            }
        }
        // A red line's ends, once both are read, must be in order.
        Double min = b.number("min");
        Double max = b.number("max");
        if (min != null && max != null && min > max) {
            problems.error(b.mark(), b.path(), "red line min " + Range.format(min) + " is above max "
                    + Range.format(max) + "; min must be <= max");
            b.values().put("min", null);
            b.values().put("max", null);
        }
    }

    /**
     * The value of the field {@code spec} describes, checked as it says (type, range, choices,
     * required; an id's pattern; a nested mapping, list or keyed map read item by item), or null
     * when absent or wrong (reported).
     */
    private Object value(Bound b, FieldSpec spec) {
        FieldReader f = b.at();
        String k = spec.key();
        return switch (spec.type()) {
            case NUMBER -> f.number(k, spec.range(), spec.required());
            case WHOLE -> f.integer(k, spec.range(), spec.required());
            case CHOICE -> f.choice(k, spec.choices());
            case BOOLEAN -> f.bool(k);
            case TEXT -> f.text(k, spec.required());
            case ID -> id(f, spec);
            case MAPPING -> {
                MapNode n = f.mapping(k, ScenarioFields.keys(spec.of()), spec.required());
                yield n == null ? null : read(ScenarioFields.section(spec.of()), n, f.pathOf(k), null, n.mark());
            }
            case LIST, MAP -> items(f, spec, b.unreadable());
            case DISTRIBUTION -> throw new IllegalArgumentException(k + " is read by the uncertainty section");
        };
    }

    /**
     * A list or a keyed map, read item by item: mappings of a section ({@code <clause id>: {...}} in a
     * map), a list's texts (a bloc's member codes), or a map's positions (the chair's, each of which
     * must name a clause of the scenario). An item that cannot be read is left out and makes the field
     * unreadable; a required list needs an item.
     */
    private Object items(FieldReader f, FieldSpec spec, Set<String> unreadable) {
        String k = spec.key();
        String at = f.pathOf(k);
        boolean list = spec.type() == FieldSpec.Type.LIST;
        // The chair's positions: a keyed map of plain numbers, each key a clause of the scenario.
        boolean positions = spec.of().equals("position");
        Section section = ScenarioFields.sections().stream().filter(s -> s.name().equals(spec.of())).findFirst()
                .orElse(null);
        String where = section == null ? "" : section.where();
        String form = section == null ? "<clause id>: position 0-100"
                : where.substring(where.lastIndexOf('.') + 1) + ": {" + String.join(", ", section.keys()) + "}";
        SourceNode node = list ? f.list(k, LIST_OF.getOrDefault(k, k), spec.required())
                : f.mapping(k, List.of(form), spec.required());
        if (node instanceof MapNode m) {
            FieldReader.reportDuplicates(m, at, problems);
        } else if (node instanceof ListNode l && spec.required() && l.items().isEmpty()) {
            problems.error(l.mark(), at, k + " is empty; a scenario needs at least one " + spec.of());
        }
        // A list's items are entries without a key, named by their index, or by their id when it is valid;
        // not sources: their ids may contain dots, which would make a path ambiguous.
        List<Entry> entries = node instanceof MapNode m ? m.entries() : node instanceof ListNode l
                ? l.items().stream().map(item -> new Entry(null, item.mark(), item)).toList() : null;
        boolean byId = list && section != null && section.keys().contains("id") && section.field("id").of().equals("id");
        Map<Object, Object> out = new LinkedHashMap<>();
        for (int i = 0; entries != null && i < entries.size(); i++) {
            Entry e = entries.get(i);
            String path = list ? ProblemPath.index(at, i) : ProblemPath.child(at, e.key());
            if (positions && !clauseIds.contains(e.key())) {
                problems.error(e.keyMark(), path, "the chair's position names clause " + Quote.name(e.key())
                        + ", which the scenario does not have;" + Suggestions.didYouMean(e.key(), clauseIds)
                        + " clauses: " + String.join(", ", clauseIds));
                continue;
            }
            Object v = section != null ? Expect.mapping(e.value(), path, section.keys(), problems)
                    : positions ? Expect.number(e.value(), path, "position", Range.closed(0, 100), problems)
                    : Expect.text(e.value(), path, problems);
            if (v == null) {
                unreadable.add(k);
            } else {
                out.put(list ? i : e.key(), v instanceof MapNode m
                        ? read(section, m, byId ? pathById(m, at, i) : path, e.key(), e.keyMark())
                        : list ? new Member((String) v, e.keyMark(), path) : v);
            }
        }
        return entries == null ? null : list ? new ArrayList<>(out.values()) : out;
    }

    /** The id in field {@code spec}, or null after reporting why it is missing or invalid. */
    private String id(FieldReader f, FieldSpec spec) {
        Pattern pattern = spec.of().equals("id") ? ScenarioFields.ID : ScenarioFields.SOURCE_ID;
        String id = f.text(spec.key(), spec.required());
        if (id != null && spec.key().equals("id") && !pattern.matcher(id).matches()) {
            problems.error(f.valueMark("id"), f.pathOf("id"), "id " + Quote.name(id) + " is not valid; an id is "
                    + (pattern == ScenarioFields.ID ? "a letter, then letters, digits, '_' or '-'"
                    : "a letter or digit, then letters, digits, '_', '.' or '-'") + " (pattern ^" + pattern.pattern() + "$)");
            return null;
        }
        return id;
    }

    /** {@code list.id} when the item has a valid id, else {@code list[i]}. */
    private static String pathById(MapNode item, String listPath, int index) {
        Entry id = item.entry("id");
        return id != null && id.value() instanceof ScalarNode s && s.type() == SourceNode.ScalarType.STRING
                && ScenarioFields.ID.matcher((String) s.value()).matches() ? listPath + "." + s.value()
                : ProblemPath.index(listPath, index);
    }
}
