package nl.kopgroep.programme;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface LessonRepository extends JpaRepository<Lesson, Long> {

    List<Lesson> findByRetiredFalse();

    List<Lesson> findByModuleIdAndRetiredFalseOrderByPositionAsc(Long moduleId);

    Optional<Lesson> findByKeyAndRetiredFalse(String key);

    Optional<Lesson> findByKey(String key);
}
