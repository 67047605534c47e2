package org.plenary.io.scenario;

import java.lang.reflect.RecordComponent;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

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
        for (RecordComponent c : r.getClass().getRecordComponents()) {
            if (c.getName().equals(name)) {
                try {
                    return c.getAccessor().invoke(r);
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        throw new IllegalStateException(r.getClass().getSimpleName() + " has no component " + name);
    }

    /** A copy of {@code r} with component {@code name} set to {@code value}. */
    static <R extends Record> R with(R r, String name, Object value) {
        Map<String, Object> values = new HashMap<>();
        for (RecordComponent c : r.getClass().getRecordComponents()) {
            values.put(c.getName(), get(r, c.getName()));
        }
        if (!values.containsKey(name)) {
            throw new IllegalStateException(r.getClass().getSimpleName() + " has no component " + name);
        }
        values.put(name, value);
        @SuppressWarnings("unchecked")
        Class<R> type = (Class<R>) r.getClass();
        return build(type, values);
    }

    /**
     * The record {@code type} with each component taken from {@code values} by name, through the
     * canonical constructor: a number becomes an int for an int component, a choice as written in
     * files ({@code quadratic}, {@code general-assembly}) the enum constant of that name.
     */
    static <R extends Record> R build(Class<R> type, Map<String, Object> values) {
        RecordComponent[] cs = type.getRecordComponents();
        Object[] args = new Object[cs.length];
        Class<?>[] types = new Class<?>[cs.length];
        for (int i = 0; i < cs.length; i++) {
            types[i] = cs[i].getType();
            if (!values.containsKey(cs[i].getName())) {
                throw new IllegalStateException(type.getSimpleName() + "." + cs[i].getName() + " has no value");
            }
            args[i] = convert(values.get(cs[i].getName()), types[i]);
        }
        try {
            return type.getDeclaredConstructor(types).newInstance(args);
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
