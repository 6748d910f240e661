package nl.kopgroep.sessions;

import static nl.kopgroep.sessions.SessionFixture.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import nl.kopgroep.DemoUsers;
import nl.kopgroep.KopgroepTest;
import nl.kopgroep.base.DomainException;
import nl.kopgroep.base.MunicipalRole;
import nl.kopgroep.base.NotFoundException;
import nl.kopgroep.base.UserId;
import nl.kopgroep.journal.JournalService;
import nl.kopgroep.programme.AttendedActivity;
import nl.kopgroep.programme.ProgrammeService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.annotation.Transactional;

/** Signing up, the waiting list, team sign-ups, the deadline and the cases, for Voorbeeldstad's participants. */
@KopgroepTest
@Transactional
class SessionServiceTest {

    @Autowired SessionService sessions;
    @Autowired SessionPlanningService planning;
    @Autowired SessionHostingService hosting;
    @Autowired JournalService journal;
    @Autowired ProgrammeService programme;
    @Autowired UserDetailsService users;
    @Autowired JdbcClient jdbc;

    private List<String> people;

    @BeforeEach
    void participants() {
        people = SessionFixture.participants(jdbc, "voorbeeldstad");
        assertThat(people).hasSizeGreaterThanOrEqualTo(6);
    }

    @AfterEach
    void signOut() {
        DemoUsers.signOut();
    }

    private SessionId plan(SessionForm form) {
        as(users, DemoUsers.ADMIN);
        return planning.plan(form);
    }

    private SignupStatus signUp(String email, SessionId session) {
        as(users, email);
        return sessions.signUp(session);
    }

    @Test
    void seatsFillThenTheWaitingListAndACancellationMovesTheFirstWaitingUp() {
        SessionId session = plan(SessionFixture.workshop("Twee plaatsen", 2));
        assertThat(signUp(people.get(0), session)).isEqualTo(SignupStatus.CONFIRMED);
        assertThat(signUp(people.get(1), session)).isEqualTo(SignupStatus.CONFIRMED);
        assertThat(signUp(people.get(2), session)).isEqualTo(SignupStatus.WAITING);
        assertThat(signUp(people.get(3), session)).isEqualTo(SignupStatus.WAITING);
        assertThat(signUp(people.get(3), session)).as("signing up twice changes nothing").isEqualTo(SignupStatus.WAITING);

        as(users, people.get(3));
        SessionSummary fourth = sessions.session(session).summary();
        assertThat(fourth.myPosition()).isEqualTo(2);
        assertThat(fourth.confirmed()).isEqualTo(2);
        assertThat(fourth.waiting()).isEqualTo(2);

        as(users, people.get(0));
        sessions.cancel(session);
        assertThat(sessions.session(session).summary().myStatus()).isEqualTo(SignupStatus.CANCELLED);

        as(users, people.get(2));
        assertThat(sessions.session(session).summary().myStatus()).as("first on the list moved up").isEqualTo(SignupStatus.CONFIRMED);
        as(users, people.get(3));
        assertThat(sessions.session(session).summary().myStatus()).isEqualTo(SignupStatus.WAITING);
        assertThat(sessions.session(session).summary().confirmed()).isEqualTo(2);

        as(users, DemoUsers.ADMIN);
        SessionForm bigger = planning.form(session);
        bigger.setCapacity(3);
        planning.update(session, bigger);
        as(users, people.get(3));
        assertThat(sessions.session(session).summary().myStatus()).as("a larger room moves the list up").isEqualTo(SignupStatus.CONFIRMED);
        as(users, DemoUsers.ADMIN);
        SessionForm smaller = planning.form(session);
        smaller.setCapacity(1);
        assertThatThrownBy(() -> planning.update(session, smaller)).isInstanceOf(DomainException.class)
                .extracting("messageKey").isEqualTo("sessions.capacityBelowConfirmed");
    }

    @Test
    void aTeamSignUpInvitesColleaguesWhoConfirmIntoASeatOrTheWaitingListOrDecline() {
        SessionId session = plan(SessionFixture.workshop("Als team", 2));
        UserId daan = SessionFixture.idOf(jdbc, people.get(1));
        UserId fatima = SessionFixture.idOf(jdbc, people.get(2));

        as(users, people.get(0));
        assertThat(sessions.teamCandidates()).extracting(p -> p.id()).contains(daan, fatima);
        assertThat(sessions.signUpTeam(session, List.of(daan, fatima))).isEqualTo(SignupStatus.CONFIRMED);
        assertThat(sessions.session(session).summary().confirmed()).as("invited colleagues hold no seat yet").isEqualTo(1);

        assertThat(signUp(people.get(3), session)).isEqualTo(SignupStatus.CONFIRMED);

        as(users, people.get(1));
        assertThat(sessions.session(session).summary().myStatus()).isEqualTo(SignupStatus.INVITED);
        assertThat(sessions.acceptInvitation(session)).as("the session filled up meanwhile").isEqualTo(SignupStatus.WAITING);

        as(users, people.get(2));
        sessions.declineInvitation(session);
        assertThat(sessions.session(session).summary().myStatus()).isEqualTo(SignupStatus.CANCELLED);
        assertThatThrownBy(() -> sessions.acceptInvitation(session)).isInstanceOf(NotFoundException.class);

        UserId lindendal = SessionFixture.idOf(jdbc, DemoUsers.LINDENDAL_PARTICIPANT);
        as(users, people.get(4));
        assertThatThrownBy(() -> sessions.signUpTeam(session, List.of(lindendal)))
                .as("only colleagues of my own cohort").isInstanceOf(DomainException.class)
                .extracting("messageKey").isEqualTo("sessions.teamNotInCohort");
        assertThat(sessions.session(session).summary().myStatus()).as("nothing happened").isNull();
    }

    @Test
    void cancellingIsRefusedAfterTheDeadline() {
        SessionForm form = SessionFixture.workshop("Deadline voorbij", 5);
        form.setCancelDeadline(Instant.now().minus(Duration.ofHours(1)));
        SessionId session = plan(form);
        signUp(people.get(0), session);
        assertThatThrownBy(() -> sessions.cancel(session)).isInstanceOf(DomainException.class)
                .extracting("messageKey").isEqualTo("sessions.deadlinePassed");
        assertThat(sessions.session(session).summary().myStatus()).isEqualTo(SignupStatus.CONFIRMED);
        assertThat(sessions.session(session).mayCancel()).isFalse();
    }

    @Test
    void casesAreReadOnlyByTheConfirmedParticipantsOfACasusworkshop() {
        SessionForm form = SessionFixture.workshop("Casus", 1);
        form.setKind(SessionKind.CASUSWORKSHOP);
        SessionId session = plan(form);
        SessionId workshop = plan(SessionFixture.workshop("Geen casus", 5));

        signUp(people.get(0), session);
        sessions.submitCase(session, new CaseForm("Drie afdelingen praten apart met dezelfde ondernemers.",
                "Hoe krijg ik ze aan één tafel?", MunicipalRole.NETWERKEND));
        assertThat(sessions.cases(session)).extracting(SessionCase::question).containsExactly("Hoe krijg ik ze aan één tafel?");
        assertThatThrownBy(() -> sessions.submitCase(session, new CaseForm(" ", "Vraag", null)))
                .extracting("messageKey").isEqualTo("sessions.caseIncomplete");

        assertThat(signUp(people.get(1), session)).isEqualTo(SignupStatus.WAITING);
        sessions.submitCase(session, new CaseForm("Een bewonersinitiatief vraagt ruimte.", "Faciliteren of kaders?", null));
        assertThatThrownBy(() -> sessions.cases(session)).as("on the waiting list: no reading")
                .isInstanceOf(NotFoundException.class);
        assertThat(sessions.session(session).myCase()).isNotNull();

        as(users, people.get(2));
        assertThatThrownBy(() -> sessions.cases(session)).as("not signed up").isInstanceOf(NotFoundException.class);
        signUp(people.get(2), workshop);
        assertThatThrownBy(() -> sessions.submitCase(workshop, new CaseForm("a", "b", null)))
                .extracting("messageKey").isEqualTo("sessions.notACaseWorkshop");

        as(users, people.get(0));
        assertThat(sessions.cases(session)).hasSize(2);
    }

    @Test
    void attendanceCountsTowardsTheProgrammeAndOpensAJournalEntryAboutTheSession() {
        SessionForm form = SessionFixture.workshop("Al begonnen", 5);
        SessionId session = plan(form);
        signUp(people.get(0), session);
        signUp(people.get(1), session);
        jdbc.sql("UPDATE planned_session SET starts_at = starts_at - INTERVAL 3 DAY, ends_at = ends_at - INTERVAL 3 DAY WHERE id = ?")
                .param(session.value()).update();
        UserId first = SessionFixture.idOf(jdbc, people.get(0));

        as(users, DemoUsers.COACH);
        assertThatThrownBy(() -> hosting.hosted(session)).as("not the facilitator").isInstanceOf(NotFoundException.class);
        as(users, DemoUsers.ADMIN);
        hosting.registerAttendance(session, Set.of(first));
        hosting.saveNotes(session, "Wat we leerden");
        assertThat(hosting.hosted(session).attendees()).filteredOn(Attendee::attended).extracting(Attendee::id)
                .containsExactly(first);

        as(users, people.get(0));
        assertThat(programme.myAttendedActivities()).extracting(AttendedActivity::title).contains("Al begonnen");
        assertThat(journal.occasion("bijeenkomst", session.value())).isPresent();
        assertThat(sessions.session(session).harvest().notes()).isEqualTo("Wat we leerden");

        as(users, DemoUsers.COACH);
        assertThat(programme.coacheeAttendedActivities(first)).as("the coach's view of a coachee's progress")
                .extracting(AttendedActivity::title).contains("Al begonnen");
        assertThat(programme.coacheesAttended().get(first)).isPositive();
        UserId lindendal = SessionFixture.idOf(jdbc, DemoUsers.LINDENDAL_PARTICIPANT);
        assertThat(programme.coacheeAttendedActivities(lindendal)).as("not a coachee").isEmpty();

        as(users, people.get(1));
        assertThat(programme.myAttendedActivities()).extracting(AttendedActivity::title).doesNotContain("Al begonnen");
        assertThat(journal.occasion("bijeenkomst", session.value())).as("absent: no occasion").isEmpty();
        assertThatThrownBy(() -> sessions.signUp(session)).extracting("messageKey").isEqualTo("sessions.started");
    }

    @Test
    void aRecordingIsCheckedByItsFirstBytesAndItsSize() {
        SessionId session = plan(SessionFixture.workshop("Opname", 5));
        as(users, DemoUsers.ADMIN);
        assertThatThrownBy(() -> hosting.attachRecording(session, "tekening.png", "<html>".getBytes()))
                .extracting("messageKey").isEqualTo("sessions.recordingType");
        assertThatThrownBy(() -> hosting.attachRecording(session, "groot.pdf",
                new byte[SessionHostingService.RECORDING_MAX_BYTES + 1])).extracting("messageKey").isEqualTo("sessions.recordingSize");
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0};
        hosting.attachRecording(session, "tekening.png", png);
        assertThat(hosting.recording(session).contentType()).isEqualTo("image/png");
    }

    @Test
    void planningRefusesWhatCannotBe() {
        as(users, DemoUsers.ADMIN);
        SessionForm backwards = SessionFixture.workshop("Achteruit", 5);
        backwards.setEndsAt(backwards.getStartsAt().minus(Duration.ofHours(1)));
        assertThatThrownBy(() -> planning.plan(backwards)).extracting("messageKey").isEqualTo("sessions.endBeforeStart");
        SessionForm nowhere = SessionFixture.workshop("Nergens", 5);
        nowhere.setPlace(null);
        assertThatThrownBy(() -> planning.plan(nowhere)).extracting("messageKey").isEqualTo("sessions.placeRequired");
        SessionForm insecure = SessionFixture.workshop("Link", 5);
        insecure.setOnlineLink("http://video.example/x");
        assertThatThrownBy(() -> planning.plan(insecure)).extracting("messageKey").isEqualTo("sessions.linkHttps");
        SessionForm empty = SessionFixture.workshop(" ", 5);
        assertThatThrownBy(() -> planning.plan(empty)).extracting("messageKey").isEqualTo("sessions.titleRequired");
        SessionForm unknownModule = SessionFixture.workshop("Module", 5);
        unknownModule.setModuleCode("bestaat-niet");
        assertThatThrownBy(() -> planning.plan(unknownModule)).extracting("messageKey").isEqualTo("sessions.unknownModule");
        SessionForm unknownCompetency = SessionFixture.workshop("Competentie", 5);
        unknownCompetency.setCompetencyCode("bestaat-niet");
        assertThatThrownBy(() -> planning.plan(unknownCompetency)).extracting("messageKey")
                .isEqualTo("sessions.unknownCompetency");
    }

    @Test
    void aSessionLinkedToAModuleAndACompetencyNamesThemOnItsPage() {
        as(users, DemoUsers.ADMIN);
        ProgrammeOption module = planning.moduleOptions().getFirst();
        ProgrammeOption competency = planning.competencyOptions().getFirst();
        SessionForm form = SessionFixture.workshop("Gekoppeld", 5);
        form.setModuleCode(module.code());
        form.setCompetencyCode(competency.code());
        SessionId session = planning.plan(form);
        as(users, DemoUsers.PARTICIPANT);
        SessionDetail detail = sessions.session(session);
        assertThat(detail.module()).isEqualTo(module);
        assertThat(detail.competency()).isEqualTo(competency);
    }

    @Test
    void aConversationIsOnlyForItsParticipants() {
        UserId first = SessionFixture.idOf(jdbc, people.get(0));
        as(users, DemoUsers.ADMIN);
        long id = planning.planConversation(SessionFixture.workshop("Gesprek met een rolmodel", 1), List.of(first));
        SessionId session = new SessionId(id);
        as(users, people.get(0));
        assertThat(sessions.session(session).summary().myStatus()).isEqualTo(SignupStatus.CONFIRMED);
        assertThat(sessions.session(session).summary().kind()).isEqualTo(SessionKind.ROLMODELGESPREK);
        as(users, people.get(1));
        assertThatThrownBy(() -> sessions.session(session)).isInstanceOf(NotFoundException.class);
        assertThat(sessions.upcoming()).extracting(SessionSummary::id).doesNotContain(session);
    }
}
