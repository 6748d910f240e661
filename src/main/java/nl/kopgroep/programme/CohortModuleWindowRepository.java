package nl.kopgroep.programme;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface CohortModuleWindowRepository extends JpaRepository<CohortModuleWindow, Long> {

    List<CohortModuleWindow> findByCohortId(Long cohortId);

    List<CohortModuleWindow> findByCohortIdIn(java.util.Collection<Long> cohortIds);

    Optional<CohortModuleWindow> findByCohortIdAndModuleId(Long cohortId, Long moduleId);
}
