package nl.kopgroep.programme;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import nl.kopgroep.programme.ProgrammeDefinition.LessonDefinition;
import nl.kopgroep.programme.ProgrammeDefinition.ModuleDefinition;
import org.junit.jupiter.api.Test;

/** The programme we ship passes the checker and the product's bar for content. */
class RealContentTest {

    private final ContentReader.Result result = ContentReader.read(Path.of("content"));

    @Test
    void theShippedContentHasNoProblems() {
        assertThat(result.problems()).isEmpty();
    }

    @Test
    void everyRequiredModuleIsThereWithAtLeastFourLessons() {
        assertThat(result.programme().modules()).extracting(ModuleDefinition::id).containsSubsequence(
                "start", "agile", "waardegedreven", "dienend-leiderschap", "regie-en-verbinden", "vier-rollen",
                "horizontaal-samenwerken", "oogsten-en-borgen");
        assertThat(result.programme().modules()).allSatisfy(module ->
                assertThat(module.lessons()).as(module.id()).hasSizeGreaterThanOrEqualTo(4));
    }

    /** Core assignments must be doable beside a full-time job: about one per module, never none. */
    @Test
    void everyModuleHasACoreAssignmentAndTheCoreFitsInTwoYears() {
        assertThat(result.programme().modules()).allSatisfy(module -> assertThat(module.lessons())
                .as("core assignments in %s", module.id())
                .filteredOn(lesson -> lesson.practiceLevel() == PracticeLevel.KERN).hasSizeBetween(1, 2));
        long core = result.programme().modules().stream().flatMap(m -> m.lessons().stream())
                .filter(lesson -> lesson.practiceLevel() == PracticeLevel.KERN).count();
        assertThat(core).as("core assignments in 24 months").isBetween(8L, 12L);
    }

    @Test
    void everyLessonIsSubstantial() {
        result.programme().modules().stream().flatMap(m -> m.lessons().stream()).forEach(this::substantial);
    }

    private void substantial(LessonDefinition lesson) {
        assertThat(lesson.body().split("\\s+")).as("words in %s", lesson.file()).hasSizeGreaterThanOrEqualTo(400);
        assertThat(lesson.reflectionPrompts()).as(lesson.file()).hasSizeGreaterThanOrEqualTo(2);
        assertThat(lesson.learningGoals()).as(lesson.file()).isNotEmpty();
        assertThat(lesson.practiceAssignment().split("\\s+")).as(lesson.file()).hasSizeGreaterThanOrEqualTo(30);
        assertThat(lesson.sources()).as("named sources in %s", lesson.file()).isNotEmpty();
    }
}
