package nl.kopgroep.base.yaml;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads YAML node by node so that every problem carries its line, and goes on after a problem so
 * that all of them are reported at once. Problems are message keys ({@code yaml.*}) with arguments,
 * handed to the caller, who knows the file.
 */
public final class YamlFile {

    /** Receives each problem: the 1-based line, a message key and its arguments. */
    @FunctionalInterface
    public interface Problems {
        void add(int line, String messageKey, Object... arguments);
    }

    private final int lineOffset;
    private final Problems problems;

    /**
     * @param lineOffset lines before the YAML text in its file (e.g. 1 for front matter after ---)
     */
    public YamlFile(int lineOffset, Problems problems) {
        this.lineOffset = lineOffset;
        this.problems = problems;
    }

    public @Nullable Node parse(@Nullable String text) {
        if (text == null) {
            return null;
        }
        try {
            if (refusedAlias(text)) {
                return null;
            }
            Node node = new Yaml(new SafeConstructor(strictOptions())).compose(new StringReader(text));
            if (node == null) {
                problems.add(lineOffset + 1, "yaml.empty");
            }
            return node;
        } catch (MarkedYAMLException e) {
            int line = e.getProblemMark() != null ? e.getProblemMark().getLine() + 1 + lineOffset : lineOffset + 1;
            problems.add(line, "yaml.invalid", e.getProblem() == null ? e.getMessage() : e.getProblem());
        } catch (YAMLException e) {
            problems.add(lineOffset + 1, "yaml.invalid", e.getMessage());
        }
        return null;
    }

    /**
     * Refuses aliases ({@code *name}, pointing at an {@code &name} anchor) before anything is built: a few
     * nested aliases expand into billions of nodes ("billion laughs"), and no file of ours needs them.
     * Reads the events only, which never expands an alias.
     */
    private boolean refusedAlias(String text) {
        for (Event event : new Yaml(new SafeConstructor(strictOptions())).parse(new StringReader(text))) {
            if (event instanceof AliasEvent alias) {
                problems.add(alias.getStartMark().getLine() + 1 + lineOffset, "yaml.alias", alias.getAnchor());
                return true;
            }
        }
        return false;
    }

    /** Defence in depth behind {@link #refusedAlias}: SnakeYAML itself refuses aliases and recursive keys. */
    private static LoaderOptions strictOptions() {
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(0);
        options.setAllowRecursiveKeys(false);
        return options;
    }

    public int line(Node node) {
        return node.getStartMark().getLine() + 1 + lineOffset;
    }

    /** The fields of one mapping, with their lines; reports unknown and missing fields. */
    public @Nullable Fields fields(Node node, Set<String> allowed, Set<String> required) {
        int nodeLine = line(node);
        if (!(node instanceof MappingNode mapping)) {
            problems.add(nodeLine, "yaml.expectedMapping");
            return null;
        }
        Fields fields = new Fields(nodeLine);
        for (NodeTuple tuple : mapping.getValue()) {
            if (!(tuple.getKeyNode() instanceof ScalarNode key)) {
                continue;
            }
            int line = line(key);
            if (!allowed.contains(key.getValue())) {
                problems.add(line, "yaml.unknownField", key.getValue(), String.join(", ", allowed.stream().sorted().toList()));
            } else {
                fields.values.put(key.getValue(), tuple.getValueNode());
                fields.lines.put(key.getValue(), line);
            }
        }
        for (String field : required.stream().sorted().toList()) {
            if (!fields.values.containsKey(field)) {
                problems.add(nodeLine, "yaml.missingField", field);
            }
        }
        return fields;
    }

    /** The fields of one mapping; each getter reports a wrong or empty value at its line. */
    public final class Fields {
        private final int nodeLine;
        private final Map<String, Node> values = new HashMap<>();
        private final Map<String, Integer> lines = new HashMap<>();

        private Fields(int nodeLine) {
            this.nodeLine = nodeLine;
        }

        public boolean has(String field) {
            return values.containsKey(field);
        }

        public Node value(String field) {
            return values.get(field);
        }

        public int line(String field) {
            return lines.getOrDefault(field, nodeLine);
        }

        /** A non-empty text ("" when missing or wrong, and the problem reported). */
        public String text(String field) {
            Node node = values.get(field);
            if (node == null) {
                return "";
            }
            if (!(node instanceof ScalarNode scalar) || scalar.getValue().isBlank()) {
                problems.add(line(field), "yaml.emptyField", field);
                return "";
            }
            return scalar.getValue().strip();
        }

        /** An optional text: null when absent, reported when present but not a text. */
        public @Nullable String optionalText(String field) {
            return has(field) ? emptyToNull(text(field)) : null;
        }

        /** An identifier matching {@code pattern}, or null (reported). */
        public @Nullable String id(String field, Pattern pattern) {
            if (!values.containsKey(field)) {
                return null;
            }
            String id = text(field);
            if (id.isEmpty()) {
                return null;
            }
            if (!pattern.matcher(id).matches()) {
                problems.add(line(field), "yaml.invalidId", id);
                return null;
            }
            return id;
        }

        public @Nullable Integer number(String field) {
            Node node = values.get(field);
            if (node == null) {
                return null;
            }
            if (node instanceof ScalarNode scalar) {
                try {
                    return Integer.parseInt(scalar.getValue().strip());
                } catch (NumberFormatException e) {
                    // reported below
                }
            }
            problems.add(line(field), "yaml.notANumber", field);
            return null;
        }

        public @Nullable Integer positive(String field) {
            Integer value = number(field);
            if (value != null && value < 1) {
                problems.add(line(field), "yaml.notPositive", field, value);
                return null;
            }
            return value;
        }

        /** A list of non-empty texts with at least {@code minimum} items. */
        public List<String> texts(String field, int minimum) {
            Node node = values.get(field);
            if (node == null) {
                return List.of();
            }
            if (!(node instanceof SequenceNode sequence)) {
                problems.add(line(field), "yaml.expectedList", field);
                return List.of();
            }
            List<String> result = new ArrayList<>();
            for (Node item : sequence.getValue()) {
                if (!(item instanceof ScalarNode scalar) || scalar.getValue().isBlank()) {
                    problems.add(YamlFile.this.line(item), "yaml.emptyItem", field);
                } else {
                    result.add(scalar.getValue().strip());
                }
            }
            if (sequence.getValue().size() < minimum) {
                problems.add(line(field), "yaml.tooFewItems", field, minimum);
            }
            return List.copyOf(result);
        }

        /** The items of a list field (empty, and reported, when it is not a list). */
        public List<Node> items(String field) {
            Node node = values.get(field);
            if (node instanceof SequenceNode sequence) {
                return sequence.getValue();
            }
            if (node != null) {
                problems.add(line(field), "yaml.expectedList", field);
            }
            return List.of();
        }

        private static @Nullable String emptyToNull(String text) {
            return text.isEmpty() ? null : text;
        }
    }
}
