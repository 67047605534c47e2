package org.plenary.io.source;

import java.io.StringReader;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.plenary.io.source.SourceNode.Entry;
import org.plenary.io.source.SourceNode.ListNode;
import org.plenary.io.source.SourceNode.MapNode;
import org.plenary.io.source.SourceNode.ScalarType;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Turns YAML text into a {@link SourceNode} tree with SnakeYAML's {@code compose}, which builds
 * nodes with positions and never Java objects. Forbidden tags and duplicate keys are kept in the
 * tree for the reader to report with field paths; only a file that cannot be parsed at all
 * yields no tree.
 */
public final class YamlTree {

    /**
     * Aliases to lists and mappings allowed in one file. Each alias can copy a whole subtree, so
     * a few dozen nested ones expand to billions of nodes (an "alias bomb"); scenarios need few.
     */
    public static final int MAX_ALIASES = 50;

    /** Nodes the tree may have after expanding aliases; far above any real scenario. */
    public static final int MAX_NODES = 1_000_000;

    /** Lists and mappings nested deeper than this are refused; a scenario nests about six deep. */
    public static final int MAX_DEPTH = 50;

    /**
     * Longest line, in characters. SnakeYAML's reader copies its window each time it looks further
     * ahead on one line, so a line's cost grows with the square of its length: one 5 MB line takes
     * minutes and a gigabyte; lines of up to 10,000 characters cost no more than short ones.
     */
    public static final int MAX_LINE = 10_000;

    private static final Set<Tag> TYPED = Set.of(Tag.STR, Tag.INT, Tag.FLOAT, Tag.BOOL, Tag.NULL);
    private static final Pattern DECIMAL_INT = Pattern.compile("[-+]?(0|[1-9][0-9]*)");
    private static final Pattern NOT_FINITE = Pattern.compile("[-+]?\\.(inf|Inf|INF)|\\.(nan|NaN|NAN)");
    private static final Set<String> TRUE = Set.of("true", "True", "TRUE", "yes", "Yes", "YES", "on", "On", "ON");

    private final Problems problems;
    private final Resolver resolver = new Resolver();
    private final Set<Node> onPath = Collections.newSetFromMap(new IdentityHashMap<>());
    private int nodes;

    private YamlTree(Problems problems) {
        this.problems = problems;
    }

    /** The tree of {@code text}, or null after reporting why there is none (syntax error, empty file, ...). */
    public static SourceNode parse(String text, SourceKind kind, Problems problems) {
        if (!readable(text, problems)) {
            return null;
        }
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        options.setMaxAliasesForCollections(MAX_ALIASES);
        options.setAllowRecursiveKeys(false);
        options.setNestingDepthLimit(MAX_DEPTH);
        options.setCodePointLimit(kind.maxBytes());
        // Accept every tag while composing: compose never constructs objects, and rejecting tags
        // here would stop at the first one. YamlTree rejects each non-standard tag itself, with its place.
        options.setTagInspector(tag -> true);
        Node root;
        try {
            root = new Yaml(options).compose(new StringReader(text));
        } catch (MarkedYAMLException e) {
            reportSyntax(e, problems);
            return null;
        } catch (YAMLException e) {
            problems.error(Mark.START, ProblemPath.ROOT, explain(e, kind));
            return null;
        }
        if (root == null) {
            problems.error(Mark.START, ProblemPath.ROOT, kind.emptyFile());
            return null;
        }
        try {
            return new YamlTree(problems).convert(root);
        } catch (TooLarge e) {
            problems.error(Mark.START, ProblemPath.ROOT, "the file expands to more than " + MAX_NODES
                    + " values through aliases; write the values out instead of repeating aliases");
            return null;
        } catch (Recursive e) {
            problems.error(e.at, ProblemPath.ROOT, "this anchor is used inside itself (a recursive alias);"
                    + " scenario files must be trees");
            return null;
        }
    }

    /**
     * Whether SnakeYAML can read {@code text} at a bounded cost: no line longer than
     * {@link #MAX_LINE}, and only characters YAML allows (SnakeYAML reports the others without a
     * position). Reports the first offending place otherwise.
     */
    private static boolean readable(String text, Problems problems) {
        int line = 1;
        int column = 1;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            if (c == '\n') {
                line++;
                column = 1;
                continue;
            }
            if (!allowed(c)) {
                problems.error(new Mark(line, column), ProblemPath.ROOT, "character "
                        + String.format(Locale.ROOT, "U+%04X", c) + (c == 0 ? " (NUL)" : "")
                        + " is not allowed in a YAML file" + (c == 0 && looksLikeUtf16(text)
                                ? "; the file looks like UTF-16 text: save it as UTF-8" : ""));
                return false;
            }
            if (column > MAX_LINE) {
                problems.error(new Mark(line, column), ProblemPath.ROOT, "line " + line + " is longer than "
                        + String.format(Locale.ROOT, "%,d", MAX_LINE) + " characters; break it into shorter lines"
                        + " (a long text can be a folded block: key: >)");
                return false;
            }
            column++;
        }
        return true;
    }

    /** The characters YAML 1.1 allows in a stream (its c-printable set), as SnakeYAML checks them. */
    private static boolean allowed(int c) {
        return c == '\t' || c == '\r' || (c >= 0x20 && c <= 0x7E) || c == 0x85 || (c >= 0xA0 && c <= 0xD7FF)
                || (c >= 0xE000 && c <= 0xFFFD) || (c >= 0x10000 && c <= 0x10FFFF);
    }

    /** Every other character NUL among the first few: ASCII text saved as UTF-16 without a byte-order mark. */
    private static boolean looksLikeUtf16(String text) {
        int n = Math.min(text.length(), 16);
        int nuls = 0;
        for (int i = 0; i < n; i++) {
            if (text.charAt(i) == 0) {
                nuls++;
            }
        }
        return n >= 4 && nuls >= n / 2 - 1;
    }

    private static void reportSyntax(MarkedYAMLException e, Problems problems) {
        org.yaml.snakeyaml.error.Mark m = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
        Mark at = m == null ? Mark.START : new Mark(m.getLine() + 1, m.getColumn() + 1);
        StringBuilder msg = new StringBuilder("YAML syntax error: ");
        String problem = e.getProblem() == null ? "cannot parse" : Quote.message(e.getProblem());
        if (problem.startsWith("but ") && e.getContext() != null) {
            // SnakeYAML splits "expected X, but found Y" into context and problem; put it back together.
            msg.append(Quote.message(e.getContext())).append(", ").append(problem);
        } else {
            msg.append(problem);
        }
        if (e.getContext() != null && !problem.startsWith("but ")) {
            msg.append(" (").append(Quote.message(e.getContext()));
            org.yaml.snakeyaml.error.Mark c = e.getContextMark();
            if (c != null) {
                msg.append(" started at line ").append(c.getLine() + 1).append(", column ").append(c.getColumn() + 1);
            }
            msg.append(")");
        }
        problems.error(at, ProblemPath.ROOT, msg.toString());
    }

    private static String explain(YAMLException e, SourceKind kind) {
        String m = String.valueOf(e.getMessage());
        if (m.startsWith("Number of aliases")) {
            return "the file uses more than " + MAX_ALIASES + " aliases (*name) to lists or mappings;"
                    + " that many can expand to a huge document (an alias bomb), so the file is refused";
        }
        if (m.contains("Nesting Depth")) {
            return "lists and mappings are nested more than " + MAX_DEPTH + " levels deep";
        }
        if (m.contains("code points")) {
            return "the file is larger than the limit of " + kind.limitText();
        }
        return "cannot read the YAML: " + Quote.message(m);
    }

    private SourceNode convert(Node node) {
        if (++nodes > MAX_NODES) {
            throw new TooLarge();
        }
        Mark at = mark(node);
        if (node instanceof ScalarNode s) {
            return scalar(s, at);
        }
        if (!onPath.add(node)) {
            throw new Recursive(at);
        }
        try {
            if (node instanceof MappingNode m && m.getTag().equals(Tag.MAP)) {
                return mapping(m, at);
            }
            if (node instanceof SequenceNode s && s.getTag().equals(Tag.SEQ)) {
                List<SourceNode> items = new ArrayList<>();
                for (Node item : s.getValue()) {
                    items.add(convert(item));
                }
                return new ListNode(items, at);
            }
            return rejectedTag(node.getTag(), at);
        } finally {
            onPath.remove(node);
        }
    }

    private MapNode mapping(MappingNode m, Mark at) {
        List<Entry> entries = new ArrayList<>();
        for (NodeTuple t : m.getValue()) {
            Node k = t.getKeyNode();
            Mark keyAt = mark(k);
            String key;
            if (k instanceof ScalarNode ks && (ks.getTag().equals(Tag.STR) || isImplicit(ks) || TYPED.contains(ks.getTag()))) {
                key = ks.getValue();
            } else {
                problems.error(keyAt, ProblemPath.ROOT, "a key must be a plain name, got "
                        + (k instanceof ScalarNode ? "a value with tag " + tagName(k.getTag()) : "a list or mapping")
                        + "; keys are field names or ids");
                continue;
            }
            entries.add(new Entry(key, keyAt, convert(t.getValueNode())));
        }
        return MapNode.of(entries, at);
    }

    private SourceNode scalar(ScalarNode s, Mark at) {
        String text = s.getValue();
        Tag tag = s.getTag();
        if (tag.equals(Tag.STR)) {
            return new SourceNode.ScalarNode(ScalarType.STRING, text, text, at);
        }
        if (tag.equals(Tag.NULL)) {
            return new SourceNode.ScalarNode(ScalarType.NULL, text, null, at);
        }
        if (tag.equals(Tag.BOOL)) {
            return new SourceNode.ScalarNode(ScalarType.BOOLEAN, text, TRUE.contains(text), at);
        }
        if (tag.equals(Tag.INT)) {
            String digits = text.replace("_", "");
            if (DECIMAL_INT.matcher(digits).matches()) {
                return new SourceNode.ScalarNode(ScalarType.INTEGER, text, new BigInteger(digits), at);
            }
            return rejected(text, at, "number " + Quote.bare(text) + " is not written in decimal notation;"
                    + " write it as a decimal number such as 10 or 2.5");
        }
        if (tag.equals(Tag.FLOAT)) {
            String digits = text.replace("_", "");
            if (NOT_FINITE.matcher(digits).matches()) {
                return rejected(text, at, "number " + Quote.bare(text) + " is not finite; write a finite number");
            }
            try {
                return new SourceNode.ScalarNode(ScalarType.DECIMAL, text, new BigDecimal(digits), at);
            } catch (NumberFormatException e) {
                return rejected(text, at, "number " + Quote.bare(text) + " is not written in decimal notation;"
                        + " write it as a decimal number such as 10 or 2.5");
            }
        }
        if (isImplicit(s)) {
            // A plain scalar that YAML 1.1 would read as a timestamp (an unquoted date) stays text,
            // as the scenario format's dates are text.
            return new SourceNode.ScalarNode(ScalarType.STRING, text, text, at);
        }
        return rejectedTag(tag, at);
    }

    /** Whether the tag is the one YAML would infer anyway, i.e. no tag was written. */
    private boolean isImplicit(ScalarNode s) {
        return s.getScalarStyle() == DumperOptions.ScalarStyle.PLAIN
                && s.getTag().equals(resolver.resolve(NodeId.scalar, s.getValue(), true));
    }

    private SourceNode rejectedTag(Tag tag, Mark at) {
        return rejected(tagName(tag), at, "tag " + tagName(tag) + " is not allowed; scenario files may use only"
                + " the standard tags !!str, !!int, !!float, !!bool, !!null, !!seq and !!map");
    }

    private static SourceNode rejected(String text, Mark at, String reason) {
        return new SourceNode.ScalarNode(ScalarType.REJECTED, text, reason, at);
    }

    private static String tagName(Tag tag) {
        String v = tag.getValue();
        return Quote.bare(v.startsWith(Tag.PREFIX) ? "!!" + v.substring(Tag.PREFIX.length()) : v);
    }

    private static Mark mark(Node node) {
        return new Mark(node.getStartMark().getLine() + 1, node.getStartMark().getColumn() + 1);
    }

    /** The alias expansion went over {@link #MAX_NODES}. */
    private static final class TooLarge extends RuntimeException {
        private static final long serialVersionUID = 1L;

        TooLarge() {
            super(null, null, false, false);
        }
    }

    /** An alias refers to a node that contains it. */
    private static final class Recursive extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient Mark at;

        Recursive(Mark at) {
            super(null, null, false, false);
            this.at = at;
        }
    }
}
