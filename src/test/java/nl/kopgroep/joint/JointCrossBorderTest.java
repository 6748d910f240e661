package nl.kopgroep.joint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import nl.kopgroep.DemoUsers;
import nl.kopgroep.KopgroepTest;
import nl.kopgroep.base.DomainException;
import nl.kopgroep.base.NotFoundException;
import nl.kopgroep.base.OrganisationId;
import nl.kopgroep.base.SmallGroups;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.annotation.Transactional;

/**
 * What crosses the border in a joint programme (docs/cross-border.md): counts about five or more, names of
 * municipalities, cohorts and opgaven — never a person of another municipality; a municipality outside the
 * programme gets not-found; only the regie changes the programme.
 */
@KopgroepTest
@Transactional
class JointCrossBorderTest {

    @Autowired JointDashboardService dashboards;
    @Autowired JointProgrammeAdminService admin;
    @Autowired JointParticipationService participation;
    @Autowired JointProgrammeStore store;
    @Autowired UserDetailsService users;
    @Autowired JdbcClient jdbc;

    @AfterEach
    void signOut() {
        DemoUsers.signOut();
    }

    @Test
    void aVoorbeeldstadManagerSeesTheAggregateButNeverALindendalNameOrAGroupUnderFive() {
        JointFixture.as(users, DemoUsers.MANAGER);
        assertThat(dashboards.programmes()).extracting(JointProgrammeRef::name).containsExactly(DemoJointProgramme.NAME);
        JointDashboard dashboard = dashboards.dashboard(JointFixture.demo(jdbc));
        assertThat(dashboard.regieName()).isEqualTo("Gemeente Lindendal");
        JointDashboard.Opgave energy = dashboard.opgaven().stream()
                .filter(o -> o.opgave().title().equals(DemoJointOpgaven.ENERGY)).findFirst().orElseThrow();
        assertThat(energy.total().shown()).as("the total minus Voorbeeldstad's part would give Lindendal's three away")
                .isFalse();
        JointDashboard.Part lindendal = energy.parts().stream().filter(p -> p.municipality().equals("Gemeente Lindendal"))
                .findFirst().orElseThrow();
        assertThat(lindendal.own()).isFalse();
        assertThat(lindendal.figures().shown()).as("Lindendal's three linked participants stay under five").isFalse();
        assertThat(lindendal.figures().people()).isZero();
        JointDashboard.Part own = energy.parts().stream().filter(JointDashboard.Part::own).findFirst().orElseThrow();
        assertThat(own.figures().shown()).isTrue();
        assertThat(energy.ownGoals()).as("the own part in full, by name").hasSize(own.figures().goals())
                .extracting(JointDashboard.OwnGoal::ownerName).contains("Sanne de Vries");
        for (JointDashboard.Opgave opgave : dashboard.opgaven()) {
            assertThat(opgave.total().shown() ? opgave.total().people() : SmallGroups.MIN_PEOPLE)
                    .isGreaterThanOrEqualTo(SmallGroups.MIN_PEOPLE);
            opgave.parts().forEach(p -> assertThat(p.figures().shown() ? p.figures().people() : SmallGroups.MIN_PEOPLE)
                    .isGreaterThanOrEqualTo(SmallGroups.MIN_PEOPLE));
        }
        assertThat(dashboard.toString()).doesNotContain(JointFixture.LINDENDAL_NAMES);
        assertThat(dashboard.toString()).as("no title of a Lindendal goal either")
                .doesNotContain("Zonnepanelen", "dorpshuis", "energiecoöperatie");
    }

    @Test
    void theTotalShowsOnlyWhenNoPartUnderFiveCanBeDerivedFromIt() {
        JointFixture.as(users, DemoUsers.MANAGER);
        JointProgrammeId programme = JointFixture.demo(jdbc);
        // Lindendal's links go: the energy total is then Voorbeeldstad's part alone, nothing to derive
        jdbc.sql("""
                DELETE FROM joint_opgave_goal WHERE organisation_id = (SELECT id FROM organisation WHERE code = 'lindendal')""")
                .update();
        JointDashboard.Opgave energy = dashboards.dashboard(programme).opgaven().stream()
                .filter(o -> o.opgave().title().equals(DemoJointOpgaven.ENERGY)).findFirst().orElseThrow();
        JointDashboard.Part own = energy.parts().stream().filter(JointDashboard.Part::own).findFirst().orElseThrow();
        assertThat(energy.total().shown()).isTrue();
        assertThat(energy.total().people()).isEqualTo(own.figures().people());
        assertThat(energy.total().goals()).isEqualTo(own.figures().goals());
    }

    @Test
    void lindendalsManagerSeesNoVoorbeeldstadNameAndTheRegieAdminSeesTheDashboard() {
        JointFixture.as(users, JointFixture.LINDENDAL_MANAGER);
        JointDashboard dashboard = dashboards.dashboard(JointFixture.demo(jdbc));
        assertThat(dashboard.toString()).doesNotContain("Sanne de Vries", "Daan Jansen", "Bram Hendriks");
        JointFixture.as(users, JointFixture.LINDENDAL_ADMIN);
        assertThat(dashboards.programmes()).hasSize(1);
        assertThat(dashboards.dashboard(JointFixture.demo(jdbc)).opgaven()).isNotEmpty();
    }

    @Test
    void aMemberAdminWithoutTheRegieGetsNoDashboardAndCannotTakeTheRegie() {
        JointFixture.as(users, DemoUsers.ADMIN);
        JointProgrammeId programme = JointFixture.demo(jdbc);
        assertThat(dashboards.programmes()).isEmpty();
        assertThatThrownBy(() -> dashboards.dashboard(programme)).isInstanceOf(NotFoundException.class);
        OrganisationId voorbeeldstad = new OrganisationId(JointFixture.organisationOf(jdbc, DemoUsers.ADMIN));
        assertThatThrownBy(() -> admin.handOverRegie(programme, voorbeeldstad)).isInstanceOf(DomainException.class)
                .hasMessage("joint.error.notRegie");
        assertThatThrownBy(() -> admin.rename(programme, "Overgenomen", null)).isInstanceOf(DomainException.class)
                .hasMessage("joint.error.notRegie");
        assertThat(store.find(programme).orElseThrow().regie()).isNotEqualTo(voorbeeldstad);
    }

    @Test
    void aMunicipalityOutsideAProgrammeGetsNotFoundEverywhere() {
        OrganisationId voorbeeldstad = new OrganisationId(JointFixture.organisationOf(jdbc, DemoUsers.ADMIN));
        JointProgrammeId alone = store.create("Alleen Voorbeeldstad", null, voorbeeldstad, null, Instant.now());
        store.addMember(alone, voorbeeldstad, Instant.now());
        JointFixture.as(users, DemoUsers.ADMIN);
        long opgave = admin.addOpgave(alone, "Eigen opgave", null);

        JointFixture.as(users, JointFixture.LINDENDAL_ADMIN);
        assertThatThrownBy(() -> admin.overview(alone)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> admin.changeOpgave(opgave, "Overgenomen", null)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> dashboards.dashboard(alone)).isInstanceOf(NotFoundException.class);
        JointFixture.as(users, JointFixture.LINDENDAL_MANAGER);
        assertThatThrownBy(() -> dashboards.dashboard(alone)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> dashboards.dashboard(new JointProgrammeId(999_999))).isInstanceOf(NotFoundException.class);

        JointFixture.as(users, DemoUsers.LINDENDAL_PARTICIPANT);
        long myGoal = participation.myProgramme().orElseThrow().goals().getFirst().id();
        assertThatThrownBy(() -> participation.link(myGoal, opgave)).as("an opgave of another programme")
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void aParticipantLinksOnlyTheirOwnWorkGoalAndTheGoalKeepsItsCommitments() {
        JointFixture.as(users, DemoUsers.PARTICIPANT);
        MyJointProgramme mine = participation.myProgramme().orElseThrow();
        assertThat(mine.municipalities()).containsExactly("Gemeente Lindendal", "Gemeente Voorbeeldstad");
        MyJointProgramme.MyGoal goal = mine.goals().getFirst();
        long service = mine.opgaven().stream().filter(o -> o.title().equals(DemoJointOpgaven.SERVICE)).findFirst()
                .orElseThrow().id();
        participation.link(goal.id(), service);
        MyJointProgramme after = participation.myProgramme().orElseThrow();
        assertThat(after.goals().getFirst().opgave()).isEqualTo(service);
        assertThat(after.goals().getFirst().commitments()).isEqualTo(goal.commitments()).isNotEmpty();
        participation.unlink(goal.id());
        assertThat(participation.myProgramme().orElseThrow().goals().getFirst().opgave()).isNull();

        long lindendalGoal = jdbc.sql("""
                SELECT g.id FROM goal g JOIN app_user u ON u.id = g.owner_id WHERE u.email = ? AND g.kind = 'WORK'""")
                .param(DemoUsers.LINDENDAL_PARTICIPANT).query(Long.class).list().getFirst();
        assertThatThrownBy(() -> participation.link(lindendalGoal, service)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> participation.unlink(lindendalGoal)).isInstanceOf(NotFoundException.class);
        long learning = jdbc.sql("""
                SELECT g.id FROM goal g JOIN app_user u ON u.id = g.owner_id WHERE u.email = ? AND g.kind = 'LEARNING'""")
                .param(DemoUsers.PARTICIPANT).query(Long.class).list().getFirst();
        assertThatThrownBy(() -> participation.link(learning, service)).as("a learning goal never")
                .isInstanceOf(NotFoundException.class);
    }
}
