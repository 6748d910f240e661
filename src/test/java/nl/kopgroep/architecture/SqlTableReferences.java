package nl.kopgroep.architecture;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Finds the tables a Java source file names in its SQL and JPQL: every string literal and text
 * block is searched for {@code FROM / JOIN / INTO / UPDATE / TABLE <name>}, where the name is a
 * table or the name of an entity mapped to one. ArchUnit sees class dependencies, not the tables
 * inside strings; this sees those.
 */
final class SqlTableReferences {

    /** One table named in one file, with the line it is on. */
    record Reference(Path file, int line, String table) {
    }

    private static final Pattern LITERAL = Pattern.compile("\"\"\"(.*?)\"\"\"|\"((?:[^\"\\\\\\n]|\\\\.)*)\"", Pattern.DOTALL);
    private static final Pattern TABLE_AFTER_KEYWORD = Pattern.compile(
            "\\b(?:from|join|into|update|table)\\s+`?([A-Za-z_][A-Za-z0-9_]*)", Pattern.CASE_INSENSITIVE);
    private static final Pattern ENTITY_TABLE = Pattern.compile(
            "@Table\\s*\\(\\s*name\\s*=\\s*\"([a-z_0-9]+)\"[^)]*\\)\\s*(?:@\\w+(?:\\([^)]*\\))?\\s*)*(?:public\\s+)?(?:final\\s+)?class\\s+(\\w+)");

    private SqlTableReferences() {
    }

    /** Entity class name → table, read from the {@code @Table} annotations under {@code root}. */
    static Map<String, String> entityTables(Path root) {
        Map<String, String> tables = new HashMap<>();
        for (Path file : javaFiles(root)) {
            Matcher matcher = ENTITY_TABLE.matcher(read(file));
            while (matcher.find()) {
                tables.put(matcher.group(2), matcher.group(1));
            }
        }
        return tables;
    }

    /** The known tables (and entities standing for them) named in the string literals of one source text. */
    static List<Reference> in(Path file, String source, Set<String> tables, Map<String, String> entities) {
        List<Reference> found = new ArrayList<>();
        Matcher literal = LITERAL.matcher(source);
        while (literal.find()) {
            String text = literal.group(1) != null ? literal.group(1) : literal.group(2);
            int start = literal.group(1) != null ? literal.start(1) : literal.start(2);
            Matcher keyword = TABLE_AFTER_KEYWORD.matcher(text);
            while (keyword.find()) {
                String name = keyword.group(1);
                String table = tables.contains(name) ? name : entities.get(name);
                if (table != null) {
                    found.add(new Reference(file, lineOf(source, start + keyword.start(1)), table));
                }
            }
        }
        return found;
    }

    static List<Path> javaFiles(Path root) {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every table created by a Liquibase changeset under {@code changes}. */
    static Set<String> createdTables(Path changes) {
        Set<String> tables = new LinkedHashSet<>();
        Pattern create = Pattern.compile("createTable:\\s*\\n\\s*tableName:\\s*(\\w+)");
        try (Stream<Path> files = Files.list(changes)) {
            files.sorted().forEach(file -> {
                Matcher matcher = create.matcher(read(file));
                while (matcher.find()) {
                    tables.add(matcher.group(1));
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return tables;
    }

    private static int lineOf(String source, int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) {
            if (source.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }
}
