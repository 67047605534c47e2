package org.plenary.io.scenario;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * Reads and builds model records by component name, so that a field of {@link ScenarioFields}
 * binds to the record component of its key without code of its own. Used when a scenario is read
 * and when a field path is set: never in a negotiation's rounds.
 */
final class Records {

    private Records() {
    }

    /** The component {@code name} of {@code r}. */
    static Object get(Record r, String name) {
        try {
            return component(r.getClass(), name).getAccessor().invoke(r);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static RecordComponent component(Class<?> type, String name) {
        return Arrays.stream(type.getRecordComponents()).filter(c -> names(name, c)).findFirst()
                .orElseThrow(() -> new IllegalStateException(type.getSimpleName() + " has no component " + name));
    }

    /** Whether a file's key names component {@code c}: the one of that name, or the one {@link ScenarioFields#COMPONENTS} gives. */
    private static boolean names(String key, RecordComponent c) {
        return c.getName().equals(key) || c.getName().equals(ScenarioFields.COMPONENTS.get(key));
    }

    /** A copy of {@code r} with component {@code name} set to {@code value}. */
    @SuppressWarnings("unchecked")
    static <R extends Record> R with(R r, String name, Object value) {
        String changed = component(r.getClass(), name).getName();
        return construct((Class<R>) r.getClass(), c -> c.getName().equals(changed) ? value : get(r, c.getName()));
    }

    /** One step of a field path: a record's component, a list's item of that id, or a map's entry; null when none. */
    static Object step(Object node, String segment) {
        if (node instanceof Record r) {
            return get(r, segment);
        }
        if (node instanceof List<?> list) {
            return list.stream().filter(item -> segment.equals(get((Record) item, "id"))).findFirst().orElse(null);
        }
        return ((Map<?, ?>) node).get(segment);
    }

    /** {@code node} with what {@code steps} lead to replaced by {@code value}, every record, list and map on the way copied. */
    static Object replace(Object node, List<String> steps, Object value) {
        if (steps.isEmpty()) {
            return value;
        }
        Object child = step(node, steps.get(0));
        Object changed = replace(child, steps.subList(1, steps.size()), value);
        if (node instanceof Record r) {
            return with(r, steps.get(0), changed);
        }
        if (node instanceof List<?> list) {
            return list.stream().map(item -> item == child ? changed : item).toList();
        }
        Map<Object, Object> copy = new LinkedHashMap<>((Map<?, ?>) node);
        copy.put(steps.get(0), changed);
        return copy;
    }

    /**
     * The record {@code type} with each component taken from {@code values} by name, through the
     * canonical constructor: a number becomes an int for an int component, a choice as written in
     * files ({@code quadratic}, {@code general-assembly}) the enum constant of that name.
     */
    static <R extends Record> R build(Class<R> type, Map<String, Object> values) {
        return construct(type, c -> values.get(values.keySet().stream().filter(k -> names(k, c)).findFirst()
                .orElseThrow(() -> new IllegalStateException(type.getSimpleName() + "." + c.getName() + " has no value"))));
    }

    /** The record {@code type} through its canonical constructor, each component's value from {@code valueOf} converted to its type. */
    private static <R extends Record> R construct(Class<R> type, Function<RecordComponent, Object> valueOf) {
        RecordComponent[] cs = type.getRecordComponents();
        try {
            return type.getDeclaredConstructor(Arrays.stream(cs).map(RecordComponent::getType).toArray(Class<?>[]::new))
                    .newInstance(Arrays.stream(cs).map(c -> convert(valueOf.apply(c), c.getType())).toArray());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Object convert(Object value, Class<?> type) {
        if (type == int.class) {
            return Math.toIntExact(Math.round(((Number) value).doubleValue()));
        }
        if (type == double.class) {
            return ((Number) value).doubleValue();
        }
        if (type.isEnum() && value instanceof String s) {
            return Enum.valueOf((Class<? extends Enum>) type, s.replace('-', '_').toUpperCase(Locale.ROOT));
        }
        return value;
    }

    /** A component's value as files write it: an enum constant in lower case with '-' for '_', anything else as it is. */
    static Object written(Object value) {
        return value instanceof Enum<?> e ? e.name().toLowerCase(Locale.ROOT).replace('_', '-') : value;
    }
}
