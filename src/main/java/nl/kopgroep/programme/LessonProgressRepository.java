package nl.kopgroep.programme;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface LessonProgressRepository extends JpaRepository<LessonProgress, Long> {

    List<LessonProgress> findByUserId(Long userId);

    List<LessonProgress> findByUserIdIn(Collection<Long> userIds);

    Optional<LessonProgress> findByUserIdAndLessonId(Long userId, Long lessonId);
}
