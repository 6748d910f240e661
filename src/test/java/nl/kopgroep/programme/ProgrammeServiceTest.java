package nl.kopgroep.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.kopgroep.DemoUsers;
import nl.kopgroep.KopgroepTest;
import nl.kopgroep.base.CohortId;
import nl.kopgroep.base.DomainException;
import nl.kopgroep.base.NotFoundException;
import nl.kopgroep.organisation.CohortService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.annotation.Transactional;

/**
 * The participant's way through the real programme, and what coaches, managers and admins see of
 * it. The demo cohort of Voorbeeldstad is always in its ninth month.
 */
@KopgroepTest
@Transactional
class ProgrammeServiceTest {

    @Autowired nl.kopgroep.organisation.OrganisationCohortService organisationCohorts;
    @Autowired ProgrammeService programme;
    @Autowired nl.kopgroep.organisation.CohortAdministrationService cohortAdmin;
    @Autowired org.springframework.jdbc.core.simple.JdbcClient jdbc;
    @Autowired ContentService content;
    @Autowired CohortService cohorts;
    @Autowired UserDetailsService users;

    @AfterEach
    void signOut() {
        DemoUsers.signOut();
    }

    private static final String NOT_STARTED = "fatima.bouzid@voorbeeldstad.nl";

    @Test
    void participantSeesTheTwoYearsScheduledFromTheCohortStart() {
        DemoUsers.signIn(users, NOT_STARTED);
        MyProgramme mine = programme.myProgramme().orElseThrow();
        assertThat(mine.programmeMonth()).isEqualTo(9);
        assertThat(mine.modules()).hasSizeGreaterThanOrEqualTo(8);
        Map<String, ModuleStatus> status = statuses(mine);
        assertThat(status).containsEntry("start", ModuleStatus.OVERDUE).containsEntry("agile", ModuleStatus.OVERDUE)
                .containsEntry("waardegedreven", ModuleStatus.OPEN).containsEntry("dienend-leiderschap", ModuleStatus.OPEN)
                .containsEntry("regie-en-verbinden", ModuleStatus.UPCOMING)
                .containsEntry("oogsten-en-borgen", ModuleStatus.UPCOMING);
        assertThat(mine.next().moduleTitle()).startsWith("Start");
        assertThat(mine.modules().getFirst().opens()).isEqualTo(mine.cohortStart());
    }

    @Test
    void demoParticipantIsHalfwayTheSecondModule() {
        DemoUsers.signIn(users, DemoUsers.PARTICIPANT);
        MyProgramme mine = programme.myProgramme().orElseThrow();
        assertThat(statuses(mine)).containsEntry("start", ModuleStatus.DONE).containsEntry("agile", ModuleStatus.OVERDUE);
        assertThat(mine.lessonsDone()).isEqualTo(6);
        assertThat(mine.next().lessonKey()).isEqualTo(programme.module("agile").lessons().get(2).key());
    }

    @Test
    void markingLessonsDoneMovesTheParticipantOn() {
        DemoUsers.signIn(users, NOT_STARTED);
        ModulePage start = programme.module("start");
        assertThat(start.lessons()).hasSizeGreaterThanOrEqualTo(4).noneMatch(LessonSummary::done);
        start.lessons().forEach(lesson -> programme.markDone(lesson.key()));
        programme.markDone(start.lessons().getFirst().key());

        MyProgramme mine = programme.myProgramme().orElseThrow();
        assertThat(statuses(mine)).containsEntry("start", ModuleStatus.DONE);
        assertThat(mine.next().moduleTitle()).startsWith("Agile");
        assertThat(mine.lessonsDone()).isEqualTo(start.lessons().size());
        assertThat(programme.lesson(start.lessons().getFirst().key()).done()).isTrue();

        programme.markNotDone(start.lessons().getFirst().key());
        assertThat(statuses(programme.myProgramme().orElseThrow())).containsEntry("start", ModuleStatus.OVERDUE);
    }

    @Test
    void lessonPageHasRenderedTextPromptsAndNeighbours() {
        DemoUsers.signIn(users, NOT_STARTED);
        String first = programme.module("start").lessons().getFirst().key();
        LessonPage lesson = programme.lesson(first);
        assertThat(lesson.bodyHtml()).contains("<p>").doesNotContain("<script");
        assertThat(lesson.reflectionPrompts()).hasSizeGreaterThanOrEqualTo(2);
        assertThat(lesson.previousKey()).isNull();
        assertThat(lesson.nextKey()).isNotNull();
        assertThat(lesson.canMarkDone()).isTrue();
        assertThatThrownBy(() -> programme.lesson("bestaat-niet")).isInstanceOf(NotFoundException.class);
    }

    @Test
    void coachSeesTheProgressOfOwnCoacheesOnly() {
        DemoUsers.signIn(users, NOT_STARTED);
        String first = programme.module("start").lessons().getFirst().key();
        programme.markDone(first);
        DemoUsers.signIn(users, DemoUsers.COACH);
        List<CoacheeProgress> coachees = programme.coacheeProgress();
        assertThat(coachees).hasSize(6);
        assertThat(coachees).filteredOn(c -> c.person().email().equals(NOT_STARTED)).singleElement()
                .satisfies(c -> {
                    assertThat(c.lessonsDone()).isEqualTo(1);
                    assertThat(c.overdueModules()).isEqualTo(2);
                });
        assertThat(programme.lesson(first).canMarkDone()).isFalse();
        assertThatThrownBy(() -> programme.myProgramme()).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void managerSeesCohortAveragesAndCannotMarkLessons() {
        DemoUsers.signIn(users, DemoUsers.MANAGER);
        assertThat(programme.cohortProgress()).filteredOn(CohortProgress::shown).singleElement().satisfies(cohort -> {
            assertThat(cohort.participants()).isEqualTo(12);
            assertThat(cohort.modulesOpened()).isEqualTo(4);
            assertThat(cohort.averagePercentDone()).isBetween(0, 100);
        });
        String first = programme.module("start").lessons().getFirst().key();
        assertThatThrownBy(() -> programme.markDone(first)).isInstanceOf(AccessDeniedException.class);
    }

    /**
     * The one-person-cohort attack (issue 11): a cohort of one, or of four, gives no figure about its
     * people, even when they did every lesson; only the schedule (modules opened) stays.
     */
    @Test
    void aCohortOfOneOrFourGivesNoProgressFigure() {
        DemoUsers.signIn(users, DemoUsers.ADMIN);
        var organisation = organisationCohorts.organisationCohorts().getFirst().organisationId();
        var one = cohortAdmin.create(organisation, "Kopgroep van één", java.time.LocalDate.now().minusMonths(4));
        var four = cohortAdmin.create(organisation, "Kopgroep van vier", java.time.LocalDate.now().minusMonths(4));
        var five = cohortAdmin.create(organisation, "Kopgroep van vijf", java.time.LocalDate.now().minusMonths(4));
        List<String> people = List.of("eva.smit@voorbeeldstad.nl", "bram.hendriks@voorbeeldstad.nl",
                "noor.mulder@voorbeeldstad.nl", "daan.jansen@voorbeeldstad.nl", "fatima.bouzid@voorbeeldstad.nl");
        cohortAdmin.addMember(one.id(), id(people.get(0)), nl.kopgroep.organisation.MemberRole.PARTICIPANT);
        people.subList(1, 5).forEach(p -> cohortAdmin.addMember(four.id(), id(p), nl.kopgroep.organisation.MemberRole.PARTICIPANT));
        people.forEach(p -> cohortAdmin.addMember(five.id(), id(p), nl.kopgroep.organisation.MemberRole.PARTICIPANT));

        DemoUsers.signIn(users, DemoUsers.MANAGER);
        List<CohortProgress> progress = programme.cohortProgress();
        for (String small : List.of("Kopgroep van één", "Kopgroep van vier")) {
            assertThat(progress).filteredOn(c -> c.cohort().name().equals(small)).singleElement().satisfies(c -> {
                assertThat(c.shown()).isFalse();
                assertThat(c.participants()).as("not even its size").isNull();
                assertThat(c.averagePercentDone()).isNull();
                assertThat(c.modulesOpened()).as("the schedule is no figure about people").isPositive();
            });
        }
        assertThat(progress).filteredOn(c -> c.cohort().name().equals("Kopgroep van vijf")).singleElement()
                .satisfies(c -> assertThat(c.participants()).isEqualTo(5));
    }

    private nl.kopgroep.base.UserId id(String email) {
        return new nl.kopgroep.base.UserId(jdbc.sql("SELECT id FROM app_user WHERE email = ?").param(email)
                .query(Long.class).single());
    }

    @Test
    void adminShiftsAModuleWindowForOneCohort() {
        DemoUsers.signIn(users, DemoUsers.ADMIN);
        CohortId cohort = organisationCohorts.organisationCohorts().getFirst().id();
        content.shiftWindow(cohort, "regie-en-verbinden", 9, 12);
        assertThat(content.windows(cohort)).filteredOn(w -> w.moduleKey().equals("regie-en-verbinden"))
                .singleElement().satisfies(w -> assertThat(w.shifted()).isTrue());
        assertThatThrownBy(() -> content.shiftWindow(cohort, "agile", 5, 25))
                .isInstanceOf(DomainException.class).hasMessage("schedule.windowInvalid");

        DemoUsers.signIn(users, NOT_STARTED);
        assertThat(statuses(programme.myProgramme().orElseThrow())).containsEntry("regie-en-verbinden", ModuleStatus.OPEN);

        DemoUsers.signIn(users, DemoUsers.LINDENDAL_PARTICIPANT);
        assertThat(statuses(programme.myProgramme().orElseThrow()))
                .as("another cohort keeps the default").containsEntry("regie-en-verbinden", ModuleStatus.UPCOMING);
    }

    @Test
    void onlyInstallationAdminsResyncAndNobodyElseShiftsWindows() {
        DemoUsers.signIn(users, DemoUsers.MANAGER);
        assertThatThrownBy(() -> content.resync()).isInstanceOf(AccessDeniedException.class);
        DemoUsers.signIn(users, DemoUsers.ADMIN);
        SyncOutcome outcome = content.resync();
        assertThat(outcome.successful()).isTrue();
        assertThat(outcome.report().unchanged()).as("the running content is already synced").isTrue();
    }

    private static Map<String, ModuleStatus> statuses(MyProgramme mine) {
        return mine.modules().stream().collect(Collectors.toMap(m -> m.module().key(), ScheduledModule::status));
    }
}
