package nl.kopgroep.programme;

import java.sql.ResultSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads of the programme that are not entity loads: the competencies, and lesson counts for cohort progress. */
@Repository
class ProgrammeQueries {

    private final JdbcClient jdbc;

    ProgrammeQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Competency> liveCompetencies() {
        return jdbc.sql("SELECT code, name FROM competency WHERE retired = false ORDER BY position")
                .query((rs, row) -> new Competency(rs.getString(1), rs.getString(2))).list();
    }

    /** The live competencies with their levels, in the programme's order: two queries. */
    List<CompetencyProfile> framework() {
        Map<String, List<CompetencyProfile.Level>> levels = new HashMap<>();
        jdbc.sql("SELECT competency_code, level, name, indicators FROM competency_level ORDER BY competency_code, level")
                .query((rs, row) -> Map.entry(rs.getString(1), new CompetencyProfile.Level(rs.getInt(2), rs.getString(3),
                        List.of(rs.getString(4).split("\u0001")))))
                .list().forEach(entry -> levels.computeIfAbsent(entry.getKey(), k -> new java.util.ArrayList<>()).add(entry.getValue()));
        return jdbc.sql("SELECT code, name, description FROM competency WHERE retired = false ORDER BY position")
                .query((rs, row) -> new CompetencyProfile(rs.getString(1), rs.getString(2),
                        rs.getString(3) == null ? "" : rs.getString(3), levels.getOrDefault(rs.getString(1), List.of())))
                .list();
    }

    Map<String, String> competencyNames() {
        return jdbc.sql("SELECT code, name FROM competency").query((rs, row) -> Map.entry(rs.getString(1), rs.getString(2)))
                .list().stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    /** The ids of the lessons each of these users has done. */
    Map<Long, java.util.Set<Long>> lessonsDone(java.util.Collection<Long> users) {
        Map<Long, java.util.Set<Long>> done = new HashMap<>();
        jdbc.sql("SELECT user_id, lesson_id FROM lesson_progress WHERE user_id IN (:users)").param("users", users)
                .query((java.sql.ResultSet rs) -> {
                    done.computeIfAbsent(rs.getLong(1), k -> new java.util.HashSet<>()).add(rs.getLong(2));
                });
        return done;
    }

    int liveLessonCount() {
        return jdbc.sql("SELECT COUNT(*) FROM lesson WHERE retired = false").query(Integer.class).single();
    }

    /**
     * The given (live) lessons done by each cohort's participants (the organisation says who they are), in one grouped
     * count. The live lessons come from the kept catalogue rather than a join to {@code lesson}: the join cost one
     * primary-key lookup per progress row, most of the statement's time at 300 participants (issue 16). The lesson test
     * is in the sum, not the condition: as a condition MariaDB looked up every (participant, lesson) pair.
     */
    Map<Long, Long> lessonsDonePerCohort(Map<Long, List<Long>> participantsPerCohort, java.util.Collection<Long> lessons) {
        Map<Long, Long> done = new HashMap<>();
        Map<Long, List<Long>> cohortsOf = new HashMap<>();
        participantsPerCohort.forEach((cohort, people) -> people.forEach(
                person -> cohortsOf.computeIfAbsent(person, k -> new java.util.ArrayList<>()).add(cohort)));
        if (cohortsOf.isEmpty() || lessons.isEmpty()) {
            return done;
        }
        jdbc.sql("""
                        SELECT p.user_id, SUM(p.lesson_id IN (:lessons)) FROM lesson_progress p
                        WHERE p.user_id IN (:people) GROUP BY p.user_id""")
                .param("people", cohortsOf.keySet()).param("lessons", lessons)
                .query((ResultSet rs) -> {
                    long lessonsDone = rs.getLong(2);
                    cohortsOf.get(rs.getLong(1)).forEach(cohort -> done.merge(cohort, lessonsDone, Long::sum));
                });
        return done;
    }
}
