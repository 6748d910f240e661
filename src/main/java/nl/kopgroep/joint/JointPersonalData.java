package nl.kopgroep.joint;

import java.sql.ResultSet;
import java.util.LinkedHashMap;
import java.util.Map;
import nl.kopgroep.base.DbTime;
import nl.kopgroep.privacy.ErasureSubject;
import nl.kopgroep.privacy.PersonalDataExport;
import nl.kopgroep.privacy.PersonalDataPart;
import nl.kopgroep.security.CurrentUser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;

/**
 * The joint programme's share of a person's data: which of their WORK goals serve which shared opgave. At erasure
 * the links go (the goals themselves go with the goals' part).
 */
@Component
class JointPersonalData implements PersonalDataPart {

    private final JdbcClient jdbc;
    private final CurrentUser currentUser;

    JointPersonalData(JdbcClient jdbc, CurrentUser currentUser) {
        this.jdbc = jdbc;
        this.currentUser = currentUser;
    }

    @Override
    public int erasureOrder() {
        return 33;
    }

    @Override
    @PreAuthorize("isAuthenticated()")
    public void exportMine(PersonalDataExport export) {
        export.add("joint.opgaveLinks", rows -> jdbc.sql("""
                        SELECT l.goal_id, o.title, l.linked_at FROM joint_opgave_goal l
                        JOIN joint_opgave o ON o.id = l.opgave_id WHERE l.owner_id = ? ORDER BY l.goal_id""")
                .param(currentUser.id().value())
                .query((ResultSet rs) -> {
                    rows.accept(PersonalDataExport.row("goal", rs.getLong(1), "opgave", rs.getString(2),
                            "linkedAt", DbTime.instant(rs, 3)));
                }));
    }

    @Override
    public Map<String, Long> erasureCounts(ErasureSubject person) {
        Map<String, Long> counts = new LinkedHashMap<>();
        counts.put("joint.opgaveLinks", jdbc.sql("SELECT COUNT(*) FROM joint_opgave_goal WHERE owner_id = ?")
                .param(person.id().value()).query(Long.class).single());
        return counts;
    }

    @Override
    public void erase(ErasureSubject person) {
        jdbc.sql("DELETE FROM joint_opgave_goal WHERE owner_id = ?").param(person.id().value()).update();
    }
}
