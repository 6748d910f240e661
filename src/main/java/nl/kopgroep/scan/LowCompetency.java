package nl.kopgroep.scan;

import java.util.List;

/**
 * A competency that scored 1 or 2 (by the reader, or by either side once the scan is closed) and the participant's
 * LEARNING goals that work on it; none means: suggest making one.
 */
public record LowCompetency(String code, String name, List<LearningGoal> goals) {

    public record LearningGoal(long id, String title) {
    }
}
