package nl.kopgroep.sessions;

import static nl.kopgroep.sessions.SessionFixture.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import nl.kopgroep.DemoUsers;
import nl.kopgroep.KopgroepTest;
import nl.kopgroep.base.DomainException;
import nl.kopgroep.base.NotFoundException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.annotation.Transactional;

/**
 * What crosses a municipality's border in the sessions (docs/cross-border.md, "Bijeenkomsten"): a joint programme's
 * session is open to the cohorts of every taking-part municipality, its regiegemeente's administrators run it and see
 * who signed up; everything else of another municipality is not found.
 */
@KopgroepTest
@Transactional
class SessionBordersTest {

    @Autowired SessionService sessions;
    @Autowired SessionPlanningService planning;
    @Autowired SessionHostingService hosting;
    @Autowired SessionStatisticsService statistics;
    @Autowired UserDetailsService users;
    @Autowired JdbcClient jdbc;

    @AfterEach
    void signOut() {
        DemoUsers.signOut();
    }

    @Test
    void aLindendalSessionIsNotFoundForVoorbeeldstadByItsId() {
        as(users, SessionFixture.LINDENDAL_ADMIN);
        SessionId lindendal = planning.plan(SessionFixture.workshop("Alleen Lindendal", 10));

        as(users, DemoUsers.PARTICIPANT);
        assertThat(sessions.upcoming()).extracting(SessionSummary::id).doesNotContain(lindendal);
        assertThatThrownBy(() -> sessions.session(lindendal)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> sessions.signUp(lindendal)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> sessions.calendarFile(lindendal)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> sessions.cases(lindendal)).isInstanceOf(NotFoundException.class);

        as(users, DemoUsers.ADMIN);
        assertThatThrownBy(() -> planning.form(lindendal)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> planning.cancel(lindendal)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> hosting.hosted(lindendal)).isInstanceOf(NotFoundException.class);
        assertThat(planning.planned()).extracting(SessionSummary::id).doesNotContain(lindendal);
        as(users, DemoUsers.COACH);
        assertThatThrownBy(() -> hosting.registerAttendance(lindendal, Set.of())).isInstanceOf(NotFoundException.class);

        as(users, DemoUsers.LINDENDAL_PARTICIPANT);
        assertThat(sessions.session(lindendal).summary().title()).isEqualTo("Alleen Lindendal");
    }

    @Test
    void aJointSessionIsOpenToBothMunicipalitiesAndRunByTheRegiegemeente() {
        long programme = SessionFixture.jointProgramme(jdbc);
        SessionForm form = SessionFixture.workshop("Gezamenlijke terugkomdag", 30);
        form.setKind(SessionKind.TERUGKOMDAG);
        form.setAudienceType(AudienceType.JOINT_PROGRAMME);
        form.setAudienceId(programme);

        as(users, DemoUsers.ADMIN);
        assertThatThrownBy(() -> planning.plan(form)).as("Voorbeeldstad takes part but has no regie")
                .isInstanceOf(DomainException.class).extracting("messageKey").isEqualTo("sessions.audienceNotYours");

        as(users, SessionFixture.LINDENDAL_ADMIN);
        assertThat(planning.audiences()).extracting(AudienceOption::type).contains(AudienceType.JOINT_PROGRAMME);
        SessionId joint = planning.plan(form);

        as(users, DemoUsers.PARTICIPANT);
        assertThat(sessions.upcoming()).extracting(SessionSummary::id).contains(joint);
        assertThat(sessions.signUp(joint)).isEqualTo(SignupStatus.CONFIRMED);
        as(users, DemoUsers.LINDENDAL_PARTICIPANT);
        assertThat(sessions.upcoming()).extracting(SessionSummary::id).contains(joint);
        assertThat(sessions.signUp(joint)).isEqualTo(SignupStatus.CONFIRMED);

        as(users, SessionFixture.LINDENDAL_ADMIN);
        assertThat(hosting.hosted(joint).attendees()).extracting(Attendee::id).contains(
                SessionFixture.idOf(jdbc, DemoUsers.PARTICIPANT), SessionFixture.idOf(jdbc, DemoUsers.LINDENDAL_PARTICIPANT));
        assertThat(statistics.jointAttendance()).isNotEmpty();

        as(users, DemoUsers.ADMIN);
        assertThatThrownBy(() -> hosting.hosted(joint)).as("a taking-part municipality does not run it")
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> planning.form(joint)).isInstanceOf(NotFoundException.class);
        assertThat(statistics.jointAttendance()).as("no regie, no joint figures").isEmpty();
    }

    @Test
    void jointAttendanceFollowsTheFivePersonRulePerMunicipality() {
        as(users, SessionFixture.LINDENDAL_ADMIN);
        List<JointAttendance> joint = statistics.jointAttendance();
        assertThat(joint).hasSize(1);
        assertThat(joint.getFirst().municipalities()).hasSize(2);
        assertThat(joint.getFirst().municipalities()).filteredOn(m -> m.name().contains("Lindendal"))
                .singleElement().satisfies(m -> assertThat(m.shown()).as("four participants: no figure").isFalse());
        assertThat(joint.getFirst().municipalities()).filteredOn(m -> m.name().contains("Voorbeeldstad"))
                .singleElement().satisfies(m -> assertThat(m.shown()).isTrue());

        as(users, DemoUsers.MANAGER);
        assertThat(statistics.attendancePerCohort()).singleElement().satisfies(c -> {
            assertThat(c.shown()).isTrue();
            assertThat(c.reached()).as("the demo's past workshop").isPositive();
        });
    }
}
