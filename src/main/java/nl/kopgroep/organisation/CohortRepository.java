package nl.kopgroep.organisation;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface CohortRepository extends JpaRepository<Cohort, Long> {

    List<Cohort> findByOrganisationIdOrderByStartDateDesc(Long organisationId);

    Optional<Cohort> findByIdAndOrganisationId(Long id, Long organisationId);

    boolean existsByOrganisationIdAndNameIgnoreCase(Long organisationId, String name);
}
