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

    /**
     * The cohorts a person belongs to as far as access goes: a membership counts only while the account is
     * active and holds the role that fits it now (a COACH member the COACH role, a PARTICIPANT member the
     * PARTICIPANT role), read from the database, not from the session.
     */
    @Query("""
            select distinct m.cohortId from CohortMember m, UserAccount u join u.roles r
            where m.userId = :user and u.id = m.userId and u.active = true
              and ((m.memberRole = nl.kopgroep.organisation.MemberRole.COACH and r = nl.kopgroep.security.Role.COACH)
                or (m.memberRole = nl.kopgroep.organisation.MemberRole.PARTICIPANT
                    and r = nl.kopgroep.security.Role.PARTICIPANT))""")
    List<Long> cohortsWithFittingRole(Long user);

    /** The one rule for who counts as a cohort's participant: a PARTICIPANT member whose account is active. */
    @Query("""
            select m.cohortId, m.userId from CohortMember m, UserAccount u
            where u.id = m.userId and u.active = true and m.memberRole = nl.kopgroep.organisation.MemberRole.PARTICIPANT
              and m.cohortId in :cohorts order by m.cohortId, m.userId""")
    List<Object[]> activeParticipants(Collection<Long> cohorts);
}
