package nl.kopgroep.organisation;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface CoachAssignmentRepository extends JpaRepository<CoachAssignment, Long> {

    List<CoachAssignment> findByCohortId(Long cohortId);

    List<CoachAssignment> findByCohortIdIn(Collection<Long> cohortIds);

    List<CoachAssignment> findByCoachId(Long coachId);

    List<CoachAssignment> findByParticipantId(Long participantId);

    Optional<CoachAssignment> findByCohortIdAndCoachIdAndParticipantId(Long cohortId, Long coachId, Long participantId);

    /**
     * Whether this coach is assigned to this participant and holds the COACH role now, in the database
     * (not in the session), with an active account: one statement.
     */
    @Query("""
            select count(a) > 0 from CoachAssignment a, UserAccount u join u.roles r
            where a.participantId = :participant and a.coachId = :coach and u.id = a.coachId and u.active = true
              and r = nl.kopgroep.security.Role.COACH""")
    boolean activeCoachOf(Long coach, Long participant);

    void deleteByCohortIdAndParticipantId(Long cohortId, Long participantId);

    void deleteByCohortIdAndCoachId(Long cohortId, Long coachId);
}
