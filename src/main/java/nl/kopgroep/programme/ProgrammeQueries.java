package nl.kopgroep.programme;

import java.sql.ResultSet;
import java.util.Collection;
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

    Map<String, String> competencyNames() {
        return jdbc.sql("SELECT code, name FROM competency").query((rs, row) -> Map.entry(rs.getString(1), rs.getString(2)))
                .list().stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    int liveLessonCount() {
        return jdbc.sql("SELECT COUNT(*) FROM lesson WHERE retired = false").query(Integer.class).single();
    }

    /** Live lessons done by the active participants of each cohort, in one grouped count. */
    Map<Long, Long> lessonsDonePerCohort(Collection<Long> cohorts) {
        Map<Long, Long> done = new HashMap<>();
        if (cohorts.isEmpty()) {
            return done;
        }
        jdbc.sql("""
                        SELECT m.cohort_id, COUNT(*) FROM lesson_progress p
                        JOIN lesson l ON l.id = p.lesson_id AND l.retired = false
                        JOIN cohort_member m ON m.user_id = p.user_id AND m.member_role = 'PARTICIPANT'
                        JOIN app_user u ON u.id = p.user_id AND u.active = true
                        WHERE m.cohort_id IN (:cohorts) GROUP BY m.cohort_id""")
                .param("cohorts", cohorts)
                .query((ResultSet rs) -> {
                    done.put(rs.getLong(1), rs.getLong(2));
                });
        return done;
    }
}
