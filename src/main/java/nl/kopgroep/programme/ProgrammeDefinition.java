package nl.kopgroep.programme;

import java.util.List;
import java.util.Optional;

/** The whole programme as read from {@code content/}: what the sync writes to the database. */
record ProgrammeDefinition(String title, int months, List<Competency> competencies, List<ModuleDefinition> modules) {

    record Competency(String id, String name) {
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
