package nl.kopgroep.journal;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ReflectionRepository extends JpaRepository<Reflection, Long> {

    List<Reflection> findByAuthorIdOrderByUpdatedAtDesc(Long authorId);

    List<Reflection> findByAuthorIdInAndContentVisibilityInOrderByUpdatedAtDesc(Collection<Long> authors,
                                                                       Collection<Visibility> visibilities);

    List<Reflection> findByCohortIdInAndContentVisibilityOrderByUpdatedAtDesc(Collection<Long> cohorts, Visibility visibility);
}
