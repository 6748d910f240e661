package nl.kopgroep.journal;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ReflectionDraftRepository extends JpaRepository<ReflectionDraft, Long> {

    Optional<ReflectionDraft> findByAuthorIdAndDraftKey(Long authorId, String draftKey);

    void deleteByAuthorIdAndDraftKey(Long authorId, String draftKey);
}
