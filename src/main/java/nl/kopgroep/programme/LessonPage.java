package nl.kopgroep.programme;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A lesson ready to show: its text already rendered to sanitised HTML. {@code done} and
 * {@code canMarkDone} only concern a participant.
 */
public record LessonPage(String key, String title, int minutes, String moduleKey, String moduleTitle,
                         List<String> learningGoals, List<String> reflectionPrompts, String practiceAssignmentHtml,
                         PracticeLevel practiceLevel,
                         List<String> competencies, List<String> municipalRoles, List<String> sources, String bodyHtml,
                         boolean canMarkDone, boolean done, @Nullable String previousKey, @Nullable String nextKey) {
}
