package nl.kopgroep.scan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import nl.kopgroep.DemoUsers;
import nl.kopgroep.KopgroepTest;
import nl.kopgroep.base.DomainException;
import nl.kopgroep.base.MunicipalRole;
import nl.kopgroep.base.NotFoundException;
import nl.kopgroep.base.UserId;
import nl.kopgroep.journal.EntryForm;
import nl.kopgroep.journal.JournalService;
import nl.kopgroep.journal.ReflectionId;
import nl.kopgroep.journal.Visibility;
import nl.kopgroep.programme.ProgrammeService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who reads Sanne's competency scan, role by role (PRODUCT.md §4): Sanne; her assigned coach, and only her own
 * side until both submitted; nobody else — not another coach of the cohort, a fellow participant, the manager or the
 * administrator. Management reads only aggregates over at least five participants.
 */
@KopgroepTest
@Transactional
class ScanPrivacyTest {

    private static final String SANNE = DemoUsers.PARTICIPANT;
    private static final String ASSIGNED_COACH = DemoUsers.COACH;
    private static final String OTHER_COACH = "a.elamrani@voorbeeldstad.nl";
    private static final String FELLOW = "daan.jansen@voorbeeldstad.nl";

    @Autowired ScanService scans;
    @Autowired CoacheeScanService coachScans;
    @Autowired ScanStatisticsService statistics;
    @Autowired JournalService journal;
    @Autowired ProgrammeService programme;
    @Autowired UserDetailsService users;
    @Autowired JdbcClient jdbc;

    private UserId sanne;
    private ReflectionId privateEntry;
    private ReflectionId coachEntry;

    @BeforeEach
    void sanneScoresRoundOneWithEvidence() {
        ScanFixture.noScansFor(jdbc, SANNE);
        sanne = new UserId(ScanFixture.idOf(jdbc, SANNE));
        as(SANNE);
        privateEntry = journal.save(entry("Alleen voor mij", Visibility.PRIVATE));
        coachEntry = journal.save(entry("Voor mijn coach", Visibility.COACH));
        ScanFixture.scoreAll(programme, 3, form -> scans.saveScore(1, form));
        scans.saveScore(1, new ScoreForm("regie", 2, EvidenceKind.JOURNAL_ENTRY, privateEntry.value(), "Mijn twijfel"));
        scans.saveScore(1, new ScoreForm("verbinden", 3, EvidenceKind.JOURNAL_ENTRY, coachEntry.value(), null));
        scans.submit(1);
        DemoUsers.signOut();
    }

    @AfterEach
    void signOut() {
        DemoUsers.signOut();
    }

    @Test
    void theParticipantReadsHerOwnScanWithHerOwnEvidence() {
        as(SANNE);
        ScanSheet sheet = scans.sheet(1);
        assertThat(sheet.participant()).isEqualTo(sanne);
        assertThat(sheet.mine().get("regie").evidence()).satisfies(e -> {
            assertThat(e.title()).isEqualTo("Alleen voor mij");
            assertThat(e.hidden()).isFalse();
        });
        assertThatThrownBy(() -> coachScans.coacheeScans()).as("a participant is no coach")
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void evidenceMustBeTheParticipantsOwn() {
        ReflectionId daans = new ReflectionId(jdbc.sql("""
                        SELECT r.id FROM reflection r JOIN app_user u ON u.id = r.author_id WHERE u.email = ? LIMIT 1""")
                .param(FELLOW).query(Long.class).optional().orElseGet(() -> {
                    as(FELLOW);
                    return journal.save(entry("Van Daan", Visibility.GROUP)).value();
                }));
        as(SANNE);
        assertThatThrownBy(() -> scans.saveScore(0, new ScoreForm("regie", 2, EvidenceKind.JOURNAL_ENTRY, daans.value(), null)))
                .isInstanceOf(DomainException.class).extracting("messageKey").isEqualTo("scan.unknownEvidence");
        assertThatThrownBy(() -> scans.saveScore(0, new ScoreForm("regie", 2, EvidenceKind.GOAL, 999_999_999L, null)))
                .extracting("messageKey").isEqualTo("scan.unknownEvidence");
        assertThatThrownBy(() -> scans.saveScore(0, new ScoreForm("regie", 2, EvidenceKind.CHECK_IN, 999_999_999L, null)))
                .extracting("messageKey").isEqualTo("scan.unknownEvidence");
    }

    @Test
    void theAssignedCoachSeesHerScoresOnlyAfterBothSubmittedAndPrivateEvidenceWithoutItsTitle() {
        as(ASSIGNED_COACH);
        assertThat(coachScans.coacheeScans()).extracting(CoacheeScan::participant).contains(sanne);
        assertThat(coachScans.sheet(sanne, 1).theirs()).as("Sanne submitted, the coach did not yet").isEmpty();
        assertThat(coachScans.sheet(sanne, 1).mine()).isEmpty();
        assertThatThrownBy(() -> coachScans.saveScore(sanne, 1, new ScoreForm("regie", 2, EvidenceKind.JOURNAL_ENTRY,
                coachEntry.value(), null))).as("evidence is the participant's to choose")
                .extracting("messageKey").isEqualTo("scan.unknownEvidence");

        ScanFixture.scoreAll(programme, 2, form -> coachScans.saveScore(sanne, 1, form));
        coachScans.submit(sanne, 1);
        ScanSheet sheet = coachScans.sheet(sanne, 1);
        assertThat(sheet.theirs().get("regie").level()).isEqualTo(2);
        assertThat(sheet.theirs().get("regie").evidence()).satisfies(e -> {
            assertThat(e.hidden()).as("a private entry is only 'private evidence' for the coach").isTrue();
            assertThat(e.title()).isNull();
        });
        assertThat(sheet.theirs().get("verbinden").evidence().title()).isEqualTo("Voor mijn coach");
        assertThat(coachScans.growth(sanne).rounds()).containsExactly(1);
    }

    @Test
    void anotherCoachOfTheCohortFindsNothing() {
        as(OTHER_COACH);
        assertThat(coachScans.coacheeScans()).extracting(CoacheeScan::participant).doesNotContain(sanne);
        assertThatThrownBy(() -> coachScans.sheet(sanne, 1)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> coachScans.rounds(sanne)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> coachScans.growth(sanne)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> coachScans.saveScore(sanne, 1, new ScoreForm("regie", 1, null, null, null)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> coachScans.submit(sanne, 1)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void aFellowParticipantHasOnlyTheirOwnScan() {
        as(FELLOW);
        ScanSheet own = scans.sheet(1);
        assertThat(own.participant()).isNotEqualTo(sanne);
        assertThat(own.mine().values()).as("none of Sanne's scores").extracting(Score::note).doesNotContain("Mijn twijfel");
        assertThatThrownBy(() -> coachScans.sheet(sanne, 1)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void managerAndAdministratorReadNoPersonsScan() {
        for (String email : List.of(DemoUsers.MANAGER, DemoUsers.ADMIN)) {
            as(email);
            assertThatThrownBy(() -> scans.sheet(1)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> scans.myRounds()).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> coachScans.sheet(sanne, 1)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> coachScans.growth(sanne)).isInstanceOf(AccessDeniedException.class);
        }
    }

    @Test
    void managementSeesTheAggregateOnlyOverFiveOrMoreCompletedScans() {
        as(DemoUsers.MANAGER);
        // The demo closed round 1 of six other Voorbeeldstad participants (Sanne's were removed above, one waits for
        // the coach).
        List<ScanAggregate> aggregates = statistics.cohortAggregates();
        assertThat(aggregates).filteredOn(a -> a.round() == 1).singleElement().satisfies(a -> {
            assertThat(a.shown()).isTrue();
            assertThat(a.competencies()).isNotEmpty();
            int total = java.util.Arrays.stream(a.competencies().get(0).self()).sum();
            assertThat(total).isEqualTo(6);
        });

        jdbc.sql("""
                DELETE FROM competency_scan WHERE round = 1 AND participant_id IN (SELECT * FROM (SELECT participant_id
                FROM competency_scan WHERE round = 1 AND coach_submitted_at IS NOT NULL
                AND organisation_id = (SELECT organisation_id FROM app_user WHERE email = ?) ORDER BY participant_id LIMIT 2) x)""")
                .param(DemoUsers.MANAGER).update();
        assertThat(statistics.cohortAggregates()).filteredOn(a -> a.round() == 1).singleElement().satisfies(a -> {
            assertThat(a.shown()).as("four completed scans are no unit of reporting").isFalse();
            assertThat(a.competencies()).isEmpty();
        });

        as(SANNE);
        assertThatThrownBy(() -> statistics.cohortAggregates()).isInstanceOf(AccessDeniedException.class);
        as(ASSIGNED_COACH);
        assertThatThrownBy(() -> statistics.cohortAggregates()).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void lindendalsFourParticipantsAreNoUnitOfReporting() {
        long lindendal = jdbc.sql("SELECT organisation_id FROM app_user WHERE email = ?")
                .param(DemoUsers.LINDENDAL_PARTICIPANT).query(Long.class).single();
        assertThat(jdbc.sql("""
                        SELECT COUNT(*) FROM competency_scan WHERE organisation_id = ? AND round = 0
                        AND participant_submitted_at IS NOT NULL AND coach_submitted_at IS NOT NULL""")
                .param(lindendal).query(Long.class).single()).as("the demo closed round 0 for all four").isEqualTo(4);
        as(DemoUsers.LINDENDAL_COACH);
        assertThat(coachScans.coacheeScans()).hasSize(4);
        as("manager@lindendal.nl");
        assertThat(statistics.cohortAggregates()).as("Lindendal's manager: the closed round, without figures")
                .singleElement().satisfies(aggregate -> {
                    assertThat(aggregate.round()).isZero();
                    assertThat(aggregate.shown()).isFalse();
                    assertThat(aggregate.competencies()).isEmpty();
                });
    }

    private static EntryForm entry(String title, Visibility visibility) {
        return new EntryForm(null, title, "Wat ik deze week leerde.", visibility, null, null, MunicipalRole.NETWERKEND, null);
    }

    private void as(String email) {
        ScanFixture.as(users, email);
    }
}
