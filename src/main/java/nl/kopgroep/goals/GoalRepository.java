package nl.kopgroep.goals;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface GoalRepository extends JpaRepository<Goal, Long> {

    List<Goal> findByOwnerIdOrderByCreatedAtAscIdAsc(Long owner);

    List<Goal> findByOrganisationIdAndKindOrderByCreatedAtAscIdAsc(Long organisation, GoalKind kind);

    /**
     * Loads the key results of these goals in one statement; the goals already in the persistence
     * context get their collection filled, so reading them is no statement per goal.
     */
    @Query("select g from Goal g left join fetch g.keyResults where g.id in :goals")
    List<Goal> fetchKeyResults(Collection<Long> goals);

    /** Loads the links of these goals in one statement, like {@link #fetchKeyResults}. */
    @Query("select g from Goal g left join fetch g.links where g.id in :goals")
    List<Goal> fetchLinks(Collection<Long> goals);
}
