package nl.kopgroep.organisation;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface CohortMemberRepository extends JpaRepository<CohortMember, Long> {

    List<CohortMember> findByCohortId(Long cohortId);

    List<CohortMember> findByCohortIdIn(Collection<Long> cohortIds);

    List<CohortMember> findByUserId(Long userId);

    Optional<CohortMember> findByCohortIdAndUserId(Long cohortId, Long userId);

    /** The one rule for who counts as a cohort's participant: a PARTICIPANT member whose account is active. */
    @Query("""
            select m.cohortId, m.userId from CohortMember m, UserAccount u
            where u.id = m.userId and u.active = true and m.memberRole = nl.kopgroep.organisation.MemberRole.PARTICIPANT
              and m.cohortId in :cohorts order by m.cohortId, m.userId""")
    List<Object[]> activeParticipants(Collection<Long> cohorts);
}
