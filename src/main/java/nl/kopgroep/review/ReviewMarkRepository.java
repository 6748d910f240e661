package nl.kopgroep.review;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ReviewMarkRepository extends JpaRepository<ReviewMark, Long> {

    List<ReviewMark> findByCoachId(Long coachId);

    List<ReviewMark> findByReflectionIdIn(java.util.Collection<Long> reflectionIds);

    Optional<ReviewMark> findByReflectionIdAndCoachId(Long reflectionId, Long coachId);
}
