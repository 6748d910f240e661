package nl.kopgroep.base.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import nl.kopgroep.KopgroepTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What a MariaDB Galera cluster needs of the schema and the SQL: every table has a primary key (rows of a table
 * without one are not replicated reliably), and no statement uses GET_LOCK / RELEASE_LOCK (refused on a cluster,
 * MDEV-30473) or LOCK TABLES (not replicated).
 */
@KopgroepTest
class GaleraReadinessTest {

    private static final Pattern UNSUPPORTED = Pattern.compile("(?i)\\b(GET_LOCK|RELEASE_LOCK|IS_USED_LOCK|LOCK\\s+TABLES)\\b");

    @Autowired JdbcClient jdbc;

    @Test
    void everyTableHasAPrimaryKey() {
        List<String> withoutKey = jdbc.sql("""
                SELECT t.table_name FROM information_schema.tables t
                WHERE t.table_schema = DATABASE() AND t.table_type = 'BASE TABLE'
                  AND NOT EXISTS (SELECT 1 FROM information_schema.table_constraints c
                                  WHERE c.table_schema = t.table_schema AND c.table_name = t.table_name
                                    AND c.constraint_type = 'PRIMARY KEY')
                ORDER BY t.table_name""").query(String.class).list();
        assertThat(withoutKey).as("tables without a primary key").isEmpty();
    }

    @Test
    void noSqlUsesLocksAClusterRefuses() throws IOException {
        List<String> found = new ArrayList<>();
        for (Path root : List.of(Path.of("src/main/java"), Path.of("src/main/resources/db/changelog"))) {
            try (Stream<Path> files = Files.walk(root)) {
                for (Path file : files.filter(Files::isRegularFile).toList()) {
                    List<String> lines = Files.readAllLines(file);
                    for (int i = 0; i < lines.size(); i++) {
                        String line = lines.get(i);
                        boolean comment = line.stripLeading().startsWith("*") || line.stripLeading().startsWith("//")
                                || line.stripLeading().startsWith("#");
                        if (!comment && UNSUPPORTED.matcher(line).find() && !isChangesetComment(lines, i)) {
                            found.add(file + ":" + (i + 1) + ": " + line.strip());
                        }
                    }
                }
            }
        }
        assertThat(found).as("statements a Galera cluster refuses").isEmpty();
    }

    /** A Liquibase changeset's {@code comment: >-} block is prose, not SQL. */
    private static boolean isChangesetComment(List<String> lines, int index) {
        int indent = lines.get(index).length() - lines.get(index).stripLeading().length();
        for (int i = index - 1; i >= 0; i--) {
            String line = lines.get(i);
            if (line.isBlank()) {
                continue;
            }
            int lineIndent = line.length() - line.stripLeading().length();
            if (lineIndent < indent) {
                return line.strip().startsWith("comment:");
            }
        }
        return false;
    }
}
