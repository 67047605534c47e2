package org.plenary.io.scenario;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The state codes a bloc may list as members: the UN member states and observer states, by
 * ISO 3166-1 alpha-3 code. The list lives in {@code member-states.txt} beside this class, with
 * its provenance.
 */
final class MemberStates {

    private static final String RESOURCE = "member-states.txt";
    private static final Map<String, String> NAMES = load();

    private MemberStates() {
    }

    /** Whether {@code code} is a known member or observer state code (case-sensitive). */
    static boolean isKnown(String code) {
        return NAMES.containsKey(code);
    }

    /** All codes in the order of the resource file. */
    static Set<String> codes() {
        return NAMES.keySet();
    }

    /** The short English name of {@code code}, or null. */
    static String name(String code) {
        return NAMES.get(code);
    }

    private static Map<String, String> load() {
        try (InputStream in = MemberStates.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("resource " + RESOURCE + " is missing from the build");
            }
            // One state a line: its code, a tab, its name; blank lines and lines starting with # are comments.
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            return Collections.unmodifiableMap(reader.lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#")).map(line -> line.split("\t", 2))
                    .collect(Collectors.toMap(p -> p[0].strip(), p -> p.length > 1 ? p[1].strip() : "", (a, b) -> b,
                            LinkedHashMap::new)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
