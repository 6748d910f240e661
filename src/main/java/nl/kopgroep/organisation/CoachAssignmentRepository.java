package nl.kopgroep.organisation;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface CoachAssignmentRepository extends JpaRepository<CoachAssignment, Long> {

    List<CoachAssignment> findByCohortId(Long cohortId);

    List<CoachAssignment> findByCohortIdIn(Collection<Long> cohortIds);

    List<CoachAssignment> findByCoachId(Long coachId);

    List<CoachAssignment> findByParticipantId(Long participantId);

    Optional<CoachAssignment> findByCohortIdAndCoachIdAndParticipantId(Long cohortId, Long coachId, Long participantId);

    void deleteByCohortIdAndParticipantId(Long cohortId, Long participantId);

    void deleteByCohortIdAndCoachId(Long cohortId, Long coachId);
}
