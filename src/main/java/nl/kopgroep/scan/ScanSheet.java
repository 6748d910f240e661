package nl.kopgroep.scan;

import java.util.List;
import java.util.Map;
import nl.kopgroep.base.UserId;
import nl.kopgroep.programme.CompetencyProfile;

/**
 * A round's scan as one reader fills or reads it. {@code theirs} (the other side's scores) is empty until the scan is
 * closed, whatever the other side has entered: scores are given independently.
 */
public record ScanSheet(UserId participant, String participantName, ScanRound round, Scorer me,
                        List<CompetencyProfile> framework, Map<String, Score> mine, Map<String, Score> theirs,
                        List<EvidenceChoice> evidenceChoices, List<LowCompetency> low) {

    public boolean closed() {
        return round.status() == RoundStatus.CLOSED;
    }

    /** Competencies where self and coach differ by at least one level (closed scans only). */
    public List<String> differences() {
        if (!closed()) {
            return List.of();
        }
        return framework.stream().map(CompetencyProfile::code).filter(code -> {
            Score a = mine.get(code);
            Score b = theirs.get(code);
            return a != null && b != null && a.level() != null && b.level() != null && !a.level().equals(b.level());
        }).toList();
    }
}
