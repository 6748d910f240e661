package nl.kopgroep.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Each feature reads and writes only its own tables (DD005). Another feature's facts come through
 * that feature's public API, so the privacy rules and the meaning of a fact live in one place.
 */
class TableOwnershipTest {

    /** Feature package → the tables it owns. Every table of the schema has exactly one owner. */
    static final Map<String, Set<String>> OWNERS = Map.ofEntries(
            Map.entry("security", Set.of("login_failure", "login_throttle", "request_throttle", "audit_event", "sign_in", "second_factor",
                    "recovery_code", "account_identity")),
            Map.entry("organisation", Set.of("organisation", "app_user", "user_role", "cohort", "cohort_member",
                    "coach_assignment", "account_token", "identity_provider",
                    "identity_provider_domain")),
            Map.entry("programme", Set.of("programme_module", "lesson", "lesson_progress", "cohort_module_window",
                    "content_sync", "content_sync_lock", "competency", "competency_level")),
            Map.entry("agreement", Set.of("agreement", "agreement_item", "commitment_indicator")),
            Map.entry("goals", Set.of("goal", "goal_link", "key_result", "check_in", "check_in_value", "goal_adjustment",
                    "goal_comment", "goal_role", "check_in_role")),
            Map.entry("connections", Set.of("connection_map", "map_actor", "map_tie", "map_tie_goal", "map_tie_commitment",
                    "map_snapshot", "map_comment", "map_read")),
            Map.entry("journal", Set.of("reflection", "reflection_draft", "reflection_read", "reflection_feedback")),
            Map.entry("review", Set.of("reflection_review", "comment_template", "coach_note")),
            Map.entry("notification", Set.of("notification")),
            Map.entry("scan", Set.of("competency_scan", "competency_score")),
            Map.entry("joint", Set.of("joint_programme", "joint_programme_member", "joint_programme_cohort",
                    "joint_opgave", "joint_opgave_goal")),
            Map.entry("rolemodels", Set.of("role_model", "role_model_tag", "role_model_request")),
            Map.entry("sessions", Set.of("planned_session", "session_facilitator", "session_signup", "session_case",
                    "session_link", "session_recording", "calendar_feed")),
            Map.entry("knowledge", Set.of("practice", "practice_tag", "practice_draft", "practice_attachment",
                    "practice_reaction", "practice_use", "peer_assist_request")),
            Map.entry("mail", Set.of("mail_outbox", "mail_notice", "mail_preference", "mail_subscriber")),
            Map.entry("privacy", Set.of("shedlock")));

    private static final Path MAIN = Path.of("src/main/java/nl/kopgroep");
    private static final Path CHANGES = Path.of("src/main/resources/db/changelog/changes");

    @Test
    void everyTableHasOneOwner() {
        List<String> owned = OWNERS.values().stream().flatMap(Set::stream).toList();
        assertThat(owned).doesNotHaveDuplicates();
        assertThat(Set.copyOf(owned)).as("tables created by the changelog, each with an owner in OWNERS")
                .containsAll(SqlTableReferences.createdTables(CHANGES));
    }

    @Test
    void noFeatureNamesAnotherFeaturesTableInItsSql() {
        List<String> violations = violations(MAIN);
        assertThat(violations).as("SQL or JPQL naming another feature's table — use that feature's API").isEmpty();
    }

    @Test
    void theRuleCatchesAJoinOnAnotherFeaturesTable() {
        String source = """
                class GoalThing {
                    String sql = "SELECT g.id, u.display_name FROM goal g JOIN app_user u ON u.id = g.owner_id";
                    String jpql = "select u from UserAccount u";
                    String own = \"""
                            SELECT * FROM key_result
                            \""";
                }
                """;
        Path file = MAIN.resolve("goals/GoalThing.java");
        List<SqlTableReferences.Reference> found = SqlTableReferences.in(file, source, allTables(),
                Map.of("UserAccount", "app_user"));
        assertThat(found).extracting(SqlTableReferences.Reference::table)
                .containsExactly("goal", "app_user", "app_user", "key_result");
        assertThat(found).extracting(SqlTableReferences.Reference::line).containsExactly(2, 2, 3, 5);
        assertThat(found.stream().filter(r -> !OWNERS.get("goals").contains(r.table())).count()).isEqualTo(2);
    }

    static List<String> violations(Path main) {
        Map<String, String> entities = SqlTableReferences.entityTables(main);
        Set<String> tables = allTables();
        Map<String, String> ownerOf = OWNERS.entrySet().stream()
                .flatMap(e -> e.getValue().stream().map(t -> Map.entry(t, e.getKey())))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        return SqlTableReferences.javaFiles(main).stream()
                .flatMap(file -> {
                    String feature = main.relativize(file).getName(0).toString();
                    return SqlTableReferences.in(file, SqlTableReferences.read(file), tables, entities).stream()
                            .filter(ref -> !feature.equals(ownerOf.get(ref.table())))
                            .map(ref -> main.relativize(file) + ":" + ref.line() + " names " + ref.table()
                                    + " (owned by " + ownerOf.get(ref.table()) + ")");
                })
                .toList();
    }

    private static Set<String> allTables() {
        return OWNERS.values().stream().flatMap(Set::stream).collect(Collectors.toSet());
    }
}
