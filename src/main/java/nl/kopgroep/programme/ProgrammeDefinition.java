package nl.kopgroep.programme;

import java.util.List;
import java.util.Optional;

/** The whole programme as read from {@code content/}: what the sync writes to the database. */
record ProgrammeDefinition(String title, int months, List<Competency> competencies, List<ModuleDefinition> modules) {

    /**
     * A competency with its behavioural indicators: {@link #LEVELS} levels, from noticing and trying to setting the
     * tone, each with a few observable behaviours (issue 14).
     */
    record Competency(String id, String name, String description, List<Level> levels) {

        static final int LEVELS = 4;

        Competency {
            levels = List.copyOf(levels);
        }
    }

    record Level(String name, List<String> indicators) {

        static final int MIN_INDICATORS = 2;
        static final int MAX_INDICATORS = 3;

        Level {
            indicators = List.copyOf(indicators);
        }
    }

    record ModuleDefinition(String id, String title, String summary, int position, int windowFrom, int windowTo,
                            List<LessonDefinition> lessons) {
    }

    record LessonDefinition(String id, String moduleId, String file, String title, int order, int minutes,
                            List<String> learningGoals, List<String> reflectionPrompts, String practiceAssignment,
                            PracticeLevel practiceLevel,
                            List<String> competencies, List<String> municipalRoles, List<String> sources,
                            String body) {
    }

    Optional<LessonDefinition> lesson(String lessonId) {
        return modules.stream().flatMap(m -> m.lessons().stream()).filter(l -> l.id().equals(lessonId)).findFirst();
    }
}
