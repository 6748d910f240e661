package nl.kopgroep.review;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface LibraryCommentRepository extends JpaRepository<LibraryComment, Long> {

    List<LibraryComment> findByCoachIdOrderByBodyAsc(Long coachId);

    Optional<LibraryComment> findByIdAndCoachId(Long id, Long coachId);
}
