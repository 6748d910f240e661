package nl.kopgroep.joint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import nl.kopgroep.DemoUsers;
import nl.kopgroep.KopgroepTest;
import nl.kopgroep.base.CohortId;
import nl.kopgroep.base.DomainException;
import nl.kopgroep.base.NotFoundException;
import nl.kopgroep.base.OrganisationId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.annotation.Transactional;

/** The regiegemeente manages the programme and its opgaven; members attach their own cohorts; each change audited. */
@KopgroepTest
@Transactional
class JointProgrammeAdminServiceTest {

    @Autowired JointProgrammeAdminService service;
    @Autowired UserDetailsService users;
    @Autowired JdbcClient jdbc;

    /** The last audit event before the test: other tests' events (committed ones too) are not counted. */
    private long auditedBefore;

    @org.junit.jupiter.api.BeforeEach
    void markAudit() {
        auditedBefore = jdbc.sql("SELECT COALESCE(MAX(id), 0) FROM audit_event").query(Long.class).single();
    }

    @AfterEach
    void signOut() {
        DemoUsers.signOut();
    }

    @Test
    void theRegieSeesBothMembersTheirCohortsAndTheDemoOpgaven() {
        JointFixture.as(users, JointFixture.LINDENDAL_ADMIN);
        JointProgrammeOverview overview = service.overview(JointFixture.demo(jdbc));
        assertThat(overview.regie()).isTrue();
        assertThat(overview.members()).extracting(JointProgrammeOverview.Member::name)
                .containsExactly("Gemeente Lindendal", "Gemeente Voorbeeldstad");
        assertThat(overview.members()).allSatisfy(m -> assertThat(m.cohorts()).isNotEmpty());
        assertThat(overview.opgaven()).extracting(JointOpgave::title)
                .contains(DemoJointOpgaven.ENERGY, DemoJointOpgaven.SERVICE);
        assertThat(overview.ownCohorts()).allMatch(JointProgrammeOverview.OwnCohort::attached);
    }

    @Test
    void theRegieKeepsTheOpgavenAndEveryChangeIsAudited() {
        JointFixture.as(users, JointFixture.LINDENDAL_ADMIN);
        JointProgrammeId programme = JointFixture.demo(jdbc);
        long opgave = service.addOpgave(programme, "  Mobiliteit in de regio ", "Bus en fiets");
        service.changeOpgave(opgave, "Mobiliteit en bereikbaarheid", null);
        assertThat(service.overview(programme).opgaven()).extracting(JointOpgave::title)
                .contains("Mobiliteit en bereikbaarheid");
        service.removeOpgave(opgave);
        assertThat(service.overview(programme).opgaven()).extracting(JointOpgave::id).doesNotContain(opgave);
        assertThat(audited("JOINT_OPGAVE_ADDED")).isEqualTo(1);
        assertThat(audited("JOINT_OPGAVE_CHANGED")).isEqualTo(1);
        assertThat(audited("JOINT_OPGAVE_REMOVED")).isEqualTo(1);
        assertThatThrownBy(() -> service.addOpgave(programme, "  ", null)).isInstanceOf(DomainException.class)
                .hasMessage("joint.error.required");
    }

    @Test
    void theRegieIsHandedOverExplicitlyAndThenTheFormerRegieIsAMember() {
        JointFixture.as(users, JointFixture.LINDENDAL_ADMIN);
        JointProgrammeId programme = JointFixture.demo(jdbc);
        OrganisationId voorbeeldstad = new OrganisationId(JointFixture.organisationOf(jdbc, DemoUsers.ADMIN));
        service.handOverRegie(programme, voorbeeldstad);
        assertThat(audited("JOINT_REGIE_HANDED_OVER")).isEqualTo(1);
        assertThat(service.overview(programme).regie()).isFalse();
        assertThatThrownBy(() -> service.addOpgave(programme, "Nog een", null)).isInstanceOf(DomainException.class)
                .hasMessage("joint.error.notRegie");

        JointFixture.as(users, DemoUsers.ADMIN);
        assertThat(service.overview(programme).regie()).isTrue();
        service.rename(programme, "Kopgroep Voorbeeldstad–Lindendal", "Nu met Voorbeeldstad als regie");
        assertThat(service.overview(programme).ref().name()).isEqualTo("Kopgroep Voorbeeldstad–Lindendal");
    }

    @Test
    void aMemberDetachesAndAttachesItsOwnCohortButNeverAnotherMunicipalitys() {
        JointFixture.as(users, DemoUsers.ADMIN);
        JointProgrammeId programme = JointFixture.demo(jdbc);
        CohortId own = service.overview(programme).ownCohorts().getFirst().id();
        service.detachCohort(programme, own);
        assertThat(service.overview(programme).ownCohorts().getFirst().attached()).isFalse();
        service.attachCohort(programme, own);
        assertThat(service.overview(programme).ownCohorts().getFirst().attached()).isTrue();
        assertThat(audited("JOINT_COHORT_DETACHED")).isEqualTo(1);
        assertThat(audited("JOINT_COHORT_ATTACHED")).isEqualTo(1);

        CohortId lindendals = new CohortId(jdbc.sql("""
                SELECT c.id FROM cohort c JOIN organisation o ON o.id = c.organisation_id WHERE o.code = 'lindendal'""")
                .query(Long.class).list().getFirst());
        assertThatThrownBy(() -> service.detachCohort(programme, lindendals)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> service.attachCohort(programme, lindendals)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void theRegieCannotLeaveAndAMemberThatLeavesTakesItsCohortsAndLinksAlong() {
        JointFixture.as(users, JointFixture.LINDENDAL_ADMIN);
        JointProgrammeId programme = JointFixture.demo(jdbc);
        OrganisationId lindendal = new OrganisationId(JointFixture.organisationOf(jdbc, JointFixture.LINDENDAL_ADMIN));
        OrganisationId voorbeeldstad = new OrganisationId(JointFixture.organisationOf(jdbc, DemoUsers.ADMIN));
        assertThatThrownBy(() -> service.removeMember(programme, lindendal)).isInstanceOf(DomainException.class)
                .hasMessage("joint.error.regieStays");
        service.removeMember(programme, voorbeeldstad);
        assertThat(service.overview(programme).members()).hasSize(1);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM joint_opgave_goal WHERE organisation_id = ?")
                .param(voorbeeldstad.value()).query(Long.class).single()).isZero();
        service.addMember(programme, "voorbeeldstad");
        assertThat(service.overview(programme).members()).hasSize(2);
        assertThatThrownBy(() -> service.addMember(programme, "nergenshuizen")).isInstanceOf(DomainException.class)
                .hasMessage("joint.error.unknownMunicipality");
    }

    private long audited(String action) {
        return jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE action = ? AND id > ?").params(action, auditedBefore)
                .query(Long.class).single();
    }
}
