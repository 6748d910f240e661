package nl.kopgroep.programme;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import nl.kopgroep.base.Messages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The content checker on a valid tree and on one broken tree per kind of error. */
class ContentReaderTest {

    private static final String PROGRAMME = "programma.yaml";
    private static final String BEGIN = "modules/eerste/01-begin.md";
    private static final String VERVOLG = "modules/eerste/02-vervolg.md";

    @TempDir
    Path folder;

    @Test
    void validTreeGivesTheProgrammeInOrder() {
        ContentReader.Result result = ContentReader.read(ContentFixture.VALID);
        assertThat(result.problems()).isEmpty();
        ProgrammeDefinition programme = result.programme();
        assertThat(programme.modules()).extracting(ProgrammeDefinition.ModuleDefinition::id).containsExactly("eerste", "tweede");
        assertThat(programme.modules().getFirst().lessons()).extracting(ProgrammeDefinition.LessonDefinition::id)
                .containsExactly("eerste-begin", "eerste-vervolg");
        ProgrammeDefinition.LessonDefinition begin = programme.lesson("eerste-begin").orElseThrow();
        assertThat(begin.reflectionPrompts()).containsExactly("Waar begin jij?", "Wat houdt je tegen?");
        assertThat(begin.practiceAssignment()).isEqualTo("Begin vandaag.");
        assertThat(begin.practiceLevel()).isEqualTo(PracticeLevel.KERN);
        assertThat(programme.lesson("eerste-vervolg").orElseThrow().practiceLevel()).isEqualTo(PracticeLevel.VERDIEPING);
        assertThat(begin.body()).startsWith("## Begin");
        assertThat(begin.sources()).hasSize(1);
    }

    @Test
    void unknownField() {
        var result = fixture().replace(BEGIN, "minutes: 30", "minutes: 30\nduur: 30").check();
        assertThat(located(result)).containsExactly(problem(BEGIN, 6, "yaml.unknownField"));
        assertThat(result.problems().getFirst().describe(Messages.DUTCH)).startsWith(BEGIN + ":6: Onbekend veld duur");
    }

    @Test
    void missingField() {
        var result = fixture().replace(VERVOLG, "minutes: 45\n", "").check();
        assertThat(keys(result)).containsExactly("yaml.missingField");
        assertThat(result.problems().getFirst().file()).isEqualTo(VERVOLG);
        assertThat(result.problems().getFirst().message(Messages.DUTCH)).contains("minutes");
    }

    @Test
    void duplicateLessonIdNamesBothFiles() {
        var result = fixture().replace(VERVOLG, "id: eerste-vervolg", "id: eerste-begin")
                .replace(BEGIN, "[het vervolg](lesson:eerste-vervolg)", "het vervolg").check();
        assertThat(result.problems()).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo(VERVOLG);
            assertThat(p.messageKey()).isEqualTo("content.duplicateLessonId");
            assertThat(p.message(Messages.DUTCH)).contains(BEGIN);
        });
    }

    @Test
    void linkToALessonThatDoesNotExist() {
        var result = fixture().replace(BEGIN, "lesson:eerste-vervolg", "lesson:bestaat-niet").check();
        assertThat(located(result)).containsExactly(problem(BEGIN, 20, "content.unknownLessonLink"));
    }

    @Test
    void linksToPagesOfKopgroepAreCheckedAlsoInTheAssignment() {
        var valid = fixture().replace(BEGIN, "Begin vandaag.", "Begin vandaag in je [doelen](kopgroep:doelen).").check();
        assertThat(valid.problems()).isEmpty();
        var result = fixture().replace(BEGIN, "Begin vandaag.", "Begin vandaag in je [kaart](kopgroep:landkaart).")
                .replace(BEGIN, "[het vervolg](lesson:eerste-vervolg)", "[het vervolg](kopgroep:dagboek/oud)").check();
        assertThat(located(result)).containsExactly(problem(BEGIN, 12, "content.unknownPageLink"),
                problem(BEGIN, 20, "content.unknownPageLink"));
        assertThat(result.problems().getFirst().message(Messages.DUTCH)).contains("landkaart", "verbindingskaart", "dagboek");
    }

    @Test
    void aLessonLinkInTheAssignmentIsCheckedToo() {
        var result = fixture().replace(BEGIN, "Begin vandaag.", "Begin met [iets](lesson:bestaat-niet).").check();
        assertThat(located(result)).containsExactly(problem(BEGIN, 12, "content.unknownLessonLink"));
    }

    @Test
    void emptyPromptAndTooFewPrompts() {
        var result = fixture().replace(BEGIN, "  - Wat houdt je tegen?", "  - \"\"").check();
        assertThat(located(result)).containsExactly(problem(BEGIN, 10, "yaml.emptyItem"));
        var tooFew = fixture().replace(VERVOLG, "  - Wat doe je anders?\n", "").check();
        assertThat(located(tooFew)).containsExactly(problem(VERVOLG, 8, "yaml.tooFewItems"));
    }

    @Test
    void missingPracticeLevelPointsAtTheAssignment() {
        var result = fixture().replace(VERVOLG, "practiceLevel: verdieping\n", "").check();
        assertThat(located(result)).containsExactly(problem(VERVOLG, 11, "content.practiceLevelMissing"));
        assertThat(result.problems().getFirst().describe(Messages.DUTCH)).isEqualTo(VERVOLG
                + ":11: Het veld practiceLevel ontbreekt bij de praktijkopdracht; zet eronder practiceLevel: kern"
                + " of practiceLevel: verdieping.");
        assertThat(result.programme()).isNull();
    }

    @Test
    void unknownPracticeLevel() {
        var result = fixture().replace(VERVOLG, "practiceLevel: verdieping", "practiceLevel: Kern").check();
        assertThat(located(result)).containsExactly(problem(VERVOLG, 14, "content.unknownPracticeLevel"));
        assertThat(result.problems().getFirst().describe(Messages.DUTCH))
                .isEqualTo(VERVOLG + ":14: Onbekend niveau Kern voor de praktijkopdracht; kies kern of verdieping.");
    }

    @Test
    void emptyPracticeLevel() {
        var result = fixture().replace(VERVOLG, "practiceLevel: verdieping", "practiceLevel: \"\"").check();
        assertThat(located(result)).containsExactly(problem(VERVOLG, 14, "yaml.emptyField"));
        assertThat(result.programme()).isNull();
    }

    @Test
    void everyCompetencyHasFourLevelsOfTwoOrThreeBehaviours() {
        ProgrammeDefinition programme = ContentReader.read(ContentFixture.VALID).programme();
        ProgrammeDefinition.Competency regie = programme.competencies().getFirst();
        assertThat(regie.description()).isEqualTo("Richting geven.");
        assertThat(regie.levels()).extracting(ProgrammeDefinition.Level::name)
                .containsExactly("Verkennen", "Toepassen", "Versterken", "Voorgaan");
        assertThat(regie.levels().getLast().indicators()).containsExactly("Zet de toon.", "Maakt het gewoon.", "Deelt het breed.");

        var threeLevels = fixture().replace(PROGRAMME, ", { name: \"Voorgaan\", indicators: [\"Zet de toon.\", \"Maakt het gewoon.\", \"Deelt het breed.\"] }]", "]").check();
        assertThat(located(threeLevels)).containsExactly(problem(PROGRAMME, 5, "content.competencyLevels"),
                problem(PROGRAMME, 7, "content.competencyLevels"));
        assertThat(threeLevels.problems().getFirst().describe(Messages.DUTCH)).isEqualTo(PROGRAMME
                + ":5: De competentie regie heeft 3 niveaus; het kader vraagt er precies 4, van het eerste tot het hoogste.");

        var tooMany = fixture().replace(PROGRAMME, "\"Maakt het gewoon.\", \"Deelt het breed.\"", "\"Maakt het gewoon.\", \"Deelt het breed.\", \"En meer.\"").check();
        assertThat(keys(tooMany)).containsExactly("content.tooManyIndicators", "content.tooManyIndicators");
        var tooFew = fixture().replace(PROGRAMME, "[\"Merkt op.\", \"Probeert uit.\"]", "[\"Merkt op.\"]").check();
        assertThat(keys(tooFew)).containsExactly("yaml.tooFewItems", "yaml.tooFewItems");
        var noLevels = fixture().replace(PROGRAMME, "{ id: verbinden, name: Verbinden, levels: ", "{ id: verbinden, name: Verbinden, niveaus: ").check();
        assertThat(keys(noLevels)).contains("yaml.unknownField");
    }

    @Test
    void windowBeyondTwentyFourMonths() {
        var result = fixture().replace(PROGRAMME, "window: { from: 4, to: 24 }", "window: { from: 4, to: 25 }").check();
        assertThat(located(result)).containsExactly(problem(PROGRAMME, 17, "content.windowOutOfRange"));
    }

    @Test
    void invalidYamlIsReportedAtItsLine() {
        var result = fixture().replace(VERVOLG, "title: Het vervolg", "title: [Het vervolg").check();
        assertThat(keys(result)).containsExactly("yaml.invalid");
        assertThat(result.problems().getFirst().file()).isEqualTo(VERVOLG);
        assertThat(result.problems().getFirst().line()).isBetween(3, 5);
    }

    @Test
    void unknownCompetencyRoleAndBadNumbers() {
        var result = fixture().replace(VERVOLG, "competencies: [verbinden]", "competencies: [vliegen]")
                .replace(VERVOLG, "municipalRoles: [netwerkend, participerend]", "municipalRoles: [rood]")
                .replace(VERVOLG, "minutes: 45", "minutes: veel").check();
        assertThat(located(result)).containsExactly(problem(VERVOLG, 5, "yaml.notANumber"),
                problem(VERVOLG, 12, "content.unknownCompetency"),
                problem(VERVOLG, 13, "content.unknownRole"));
    }

    @Test
    void frontMatterAndFoldersMustBeRight() {
        var result = fixture().write("modules/eerste/03-kapot.md", "Geen front matter hier.\n")
                .write("modules/zwerver/01-los.md", "---\nid: los\n---\nTekst\n")
                .delete("modules/tweede/01-afsluiting.md").check();
        assertThat(result.problems()).extracting(ContentProblem::file, ContentProblem::messageKey).contains(
                org.assertj.core.groups.Tuple.tuple("modules/eerste/03-kapot.md", "content.frontMatterMissing"),
                org.assertj.core.groups.Tuple.tuple("modules/zwerver", "content.folderNotInProgramme"));
    }

    @Test
    void everyProblemIsReportedNotJustTheFirst() {
        var result = fixture().replace(BEGIN, "minutes: 30", "minutes: 0")
                .replace(VERVOLG, "order: 2", "order: 1")
                .replace(PROGRAMME, "window: { from: 1, to: 3 }", "window: { from: 3, to: 1 }")
                .replace("modules/tweede/01-afsluiting.md", "De afsluiting.", "").check();
        assertThat(keys(result)).containsExactlyInAnyOrder("yaml.notPositive", "content.windowOutOfRange",
                "content.emptyBody");
        assertThat(result.programme()).isNull();
    }

    @Test
    void missingProgrammeFileStopsEarlyWithAClearMessage() {
        var result = fixture().delete(PROGRAMME).check();
        assertThat(keys(result)).containsExactly("content.programmeMissing");
    }

    private ContentFixture fixture() {
        return ContentFixture.copyInto(folder.resolve("content-" + System.nanoTime()));
    }

    private static List<String> keys(ContentReader.Result result) {
        return result.problems().stream().map(ContentProblem::messageKey).toList();
    }

    private static String problem(String file, int line, String key) {
        return file + ":" + line + ":" + key;
    }

    private static List<String> located(ContentReader.Result result) {
        return result.problems().stream().map(p -> problem(p.file(), p.line(), p.messageKey())).toList();
    }
}
