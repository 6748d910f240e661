package nl.kopgroep.organisation;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface CohortMemberRepository extends JpaRepository<CohortMember, Long> {

    List<CohortMember> findByCohortId(Long cohortId);

    List<CohortMember> findByCohortIdIn(Collection<Long> cohortIds);

    List<CohortMember> findByUserId(Long userId);

    Optional<CohortMember> findByCohortIdAndUserId(Long cohortId, Long userId);
}
