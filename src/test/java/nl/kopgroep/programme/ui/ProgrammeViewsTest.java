package nl.kopgroep.programme.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import nl.kopgroep.DemoUsers;
import nl.kopgroep.KopgroepTest;
import nl.kopgroep.programme.PracticeLevel;
import nl.kopgroep.programme.ProgrammeService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

@KopgroepTest
@ViewPackages(packages = "nl.kopgroep")
class ProgrammeViewsTest extends SpringBrowserlessTest {

    @Autowired UserDetailsService users;
    @Autowired ProgrammeService programme;

    @AfterEach
    void signOut() {
        DemoUsers.signOut();
    }

    @Test
    void participantSeesTheTimelineAndWhereToContinue() {
        DemoUsers.signIn(users, "fatima.bouzid@voorbeeldstad.nl");
        navigate(ProgrammeView.class);
        assertThat($(ListItem.class).withClassName("timeline-item").all()).hasSizeGreaterThanOrEqualTo(8);
        String text = getCurrentView().getElement().getTextRecursively();
        assertThat(text).contains("Maand 9 van 24", "Verder met:", "Achter op schema", "Open", "Binnenkort");
    }

    @Test
    void everyoneReadsTheCompetencyFrameworkWithFourLevelsEachReachedFromTheProgramme() {
        DemoUsers.signIn(users, DemoUsers.COACH);
        navigate(ProgrammeView.class);
        assertThat($(com.vaadin.flow.component.html.Anchor.class).withText("Competentiekader: wat elk niveau van je vraagt")
                .single().getHref()).isEqualTo("programma/competenties");
        navigate(CompetencyFrameworkView.class);
        assertThat($(H1.class).single().getText()).isEqualTo("Competentiekader");
        assertThat($(com.vaadin.flow.component.html.H2.class).all()).extracting(com.vaadin.flow.component.html.H2::getText)
                .containsExactly("Regie voeren", "Verbinden", "Wendbaarheid", "Zelfreflectie", "Politieke sensitiviteit",
                        "Horizontaal samenwerken", "Kennis delen", "Waarde creëren");
        assertThat($(com.vaadin.flow.component.html.H3.class).all()).hasSize(32).first()
                .satisfies(level -> assertThat(level.getText()).isEqualTo("Niveau 1: Verkennen"));
        assertThat(getCurrentView().getElement().getTextRecursively())
                .contains("Vraagt bij een nieuwe opdracht na wie de opdrachtgever is")
                .contains("Niveau 4: Voorgaan");
        assertThat($(ListItem.class).all()).hasSizeBetween(32 * 2, 32 * 3);
    }

    @Test
    void everyPageThatContentMayLinkToIsARoute() {
        var routes = com.vaadin.flow.router.RouteConfiguration.forApplicationScope();
        assertThat(nl.kopgroep.programme.AppPage.values()).allSatisfy(page ->
                assertThat(routes.getRoute(page.path())).as(page.code()).isPresent());
    }

    @Test
    void participantMarksALessonDoneAndUndoesIt() {
        DemoUsers.signIn(users, "joost.vandijk@voorbeeldstad.nl");
        String lesson = programme.module("agile").lessons().getFirst().key();
        navigate("programma/les/" + lesson, LessonView.class);
        assertThat($(H1.class).single().getText()).isNotBlank();
        assertThat($(Article.class).withClassName("lesson-body").single().getElement().getProperty("innerHTML"))
                .contains("<p>").doesNotContain("<script");

        test($(Button.class).withText("Markeer als afgerond").single()).click();
        assertThat(programme.lesson(lesson).done()).isTrue();
        assertThat(getCurrentView().getElement().getTextRecursively()).contains("Je hebt deze les afgerond.");

        test($(Button.class).withText("Toch niet afgerond").single()).click();
        assertThat(programme.lesson(lesson).done()).isFalse();
    }

    @Test
    void coachReadsLessonsWithoutMarkingThem() {
        DemoUsers.signIn(users, DemoUsers.COACH);
        navigate(ProgrammeView.class);
        assertThat($(Anchor.class).withClassName("timeline-title").all()).hasSizeGreaterThanOrEqualTo(8);
        String lesson = programme.module("start").lessons().getFirst().key();
        navigate("programma/les/" + lesson, LessonView.class);
        assertThat($(Button.class).withText("Markeer als afgerond").exists()).isFalse();
    }

    @Test
    void lessonSaysWhetherItsAssignmentIsCoreOrDeepening() {
        DemoUsers.signIn(users, DemoUsers.PARTICIPANT);
        assertThat(programme.lesson("start-eigen-opgave").practiceLevel()).isEqualTo(PracticeLevel.KERN);
        navigate("programma/les/start-eigen-opgave", LessonView.class);
        Section assignment = $(Section.class).withClassName("practice-assignment").single();
        assertThat($(Span.class, assignment).withClassName("practice-level-kern").single().getText())
                .isEqualTo("Kernopdracht");
        assertThat($(Paragraph.class, assignment).withClassName("practice-level").single().getElement().getTextRecursively())
                .isEqualTo("Kernopdracht Deze opdracht doet iedereen in de kopgroep: er is er ongeveer één per module,"
                        + " zodat je ze naast een volle baan allemaal kunt doen.");

        assertThat(programme.lesson("start-waarom-kopgroep").practiceLevel()).isEqualTo(PracticeLevel.VERDIEPING);
        navigate("programma/les/start-waarom-kopgroep", LessonView.class);
        Section other = $(Section.class).withClassName("practice-assignment").single();
        assertThat($(Span.class, other).withClassName("practice-level-verdieping").single().getText())
                .isEqualTo("Verdiepingsopdracht");
        assertThat($(Span.class, other).withClassName("practice-level-kern").exists()).isFalse();
    }

    @Test
    void modulePageListsItsLessons() {
        DemoUsers.signIn(users, DemoUsers.PARTICIPANT);
        navigate("programma/module/vier-rollen", ModuleView.class);
        assertThat($(ListItem.class).all().stream().filter(li -> li.getParent().map(p -> p.getElement()
                .getClassList().contains("lesson-list")).orElse(false)).count()).isEqualTo(4);
        assertThat(getCurrentView().getElement().getTextRecursively()).contains("Binnenkort");
    }
}
