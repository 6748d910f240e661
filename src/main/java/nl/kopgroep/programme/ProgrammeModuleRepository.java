package nl.kopgroep.programme;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ProgrammeModuleRepository extends JpaRepository<ProgrammeModule, Long> {

    List<ProgrammeModule> findByRetiredFalseOrderByPositionAsc();

    Optional<ProgrammeModule> findByKeyAndRetiredFalse(String key);
}
