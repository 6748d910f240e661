package nl.kopgroep.scan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.kopgroep.DemoUsers;
import nl.kopgroep.KopgroepTest;
import nl.kopgroep.base.OrganisationId;
import nl.kopgroep.base.UserId;
import nl.kopgroep.organisation.CohortService;
import nl.kopgroep.privacy.ErasureSubject;
import nl.kopgroep.privacy.PersonalDataExport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.annotation.Transactional;

/** The scan's share of a person's data (export and erasure) and the reminder a week before a round is due. */
@KopgroepTest
@Transactional
class ScanPersonalDataAndRemindersTest {

    @Autowired ScanPersonalData personalData;
    @Autowired ScanReminders reminders;
    @Autowired ScanService scans;
    @Autowired CohortService cohorts;
    @Autowired UserDetailsService users;
    @Autowired JdbcClient jdbc;

    @AfterEach
    void signOut() {
        DemoUsers.signOut();
    }

    @Test
    void theExportHoldsOwnScoresAndTheCoachsOnlyOnceBothSubmitted() {
        // Ruben's round 1 waits for his coach: her half-done draft is not his to read yet.
        ScanFixture.as(users, "ruben.visser@voorbeeldstad.nl");
        Map<String, List<Map<String, Object>>> export = export();
        assertThat(export.get("scan.scans")).hasSize(2);
        List<Map<String, Object>> scores = export.get("scan.scores");
        assertThat(scores).filteredOn(r -> r.get("scorer").equals("SELF")).hasSize(16);
        assertThat(scores).filteredOn(r -> r.get("scorer").equals("COACH")).as("round 0's only").hasSize(8);

        ScanFixture.as(users, DemoUsers.COACH);
        assertThat(export().get("scan.scoresGiven")).as("every score Marieke gave").isNotEmpty();
    }

    @Test
    void erasureRemovesTheParticipantsScansAndKeepsACoachsScoresWithoutHerId() {
        long sanne = ScanFixture.idOf(jdbc, DemoUsers.PARTICIPANT);
        long marieke = ScanFixture.idOf(jdbc, DemoUsers.COACH);
        OrganisationId organisation = new OrganisationId(jdbc.sql("SELECT organisation_id FROM app_user WHERE id = ?")
                .param(sanne).query(Long.class).single());
        ErasureSubject participant = new ErasureSubject(new UserId(sanne), organisation, "Sanne de Vries",
                DemoUsers.PARTICIPANT, false, null);
        assertThat(personalData.erasureCounts(participant).get("scan.scans")).isEqualTo(2);
        personalData.erase(participant);
        assertThat(count("SELECT COUNT(*) FROM competency_scan WHERE participant_id = ?", sanne)).isZero();

        ErasureSubject coach = new ErasureSubject(new UserId(marieke), organisation, "Marieke Jansen", DemoUsers.COACH,
                false, null);
        long given = personalData.erasureCounts(coach).get("scan.scoresAnonymised");
        assertThat(given).isPositive();
        long scores = count("SELECT COUNT(*) FROM competency_score");
        personalData.erase(coach);
        assertThat(count("SELECT COUNT(*) FROM competency_score WHERE scorer_id = ?", marieke)).isZero();
        assertThat(count("SELECT COUNT(*) FROM competency_scan WHERE coach_id = ?", marieke)).isZero();
        assertThat(count("SELECT COUNT(*) FROM competency_score")).as("her scores stay in the participants' scans")
                .isEqualTo(scores);
    }

    @Test
    void aWeekBeforeARoundIsDueEveryoneWhoHasNotSubmittedGetsOneLine() {
        ScanFixture.as(users, DemoUsers.PARTICIPANT);
        LocalDate due = scans.myRounds().get(2).dueOn();
        DemoUsers.signOut();
        assertThat(reminders.remind(due.minusDays(8))).as("not yet").isZero();
        int noted = reminders.remind(due.minusDays(ScanReminders.DAYS_BEFORE_DUE));
        assertThat(noted).as("Voorbeeldstad's participants, none has submitted round 2").isPositive();
        assertThat(reminders.remind(due.minusDays(3))).as("once per round").isZero();
        long sanne = ScanFixture.idOf(jdbc, DemoUsers.PARTICIPANT);
        assertThat(jdbc.sql("SELECT line_key FROM mail_notice WHERE recipient_id = ? AND dedupe_key LIKE 'scan:%'")
                .param(sanne).query(String.class).list()).containsExactly("mail.notice.scanDue");
    }

    @Test
    void whoHasSubmittedTheRoundGetsNoReminderAndTheOthersDo() {
        ScanFixture.as(users, DemoUsers.PARTICIPANT);
        LocalDate due = scans.myRounds().get(2).dueOn();
        var cohort = cohorts.myCohort().orElseThrow().cohort();
        DemoUsers.signOut();
        long sanne = ScanFixture.idOf(jdbc, DemoUsers.PARTICIPANT);
        long daan = ScanFixture.idOf(jdbc, "daan.jansen@voorbeeldstad.nl");
        jdbc.sql("""
                INSERT INTO competency_scan (participant_id, organisation_id, cohort_id, round, due_on, created_at,
                                             participant_submitted_at)
                VALUES (?, ?, ?, 2, ?, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6))""")
                .params(sanne, cohort.organisationId().value(), cohort.id().value(), due).update();

        assertThat(reminders.remind(due.minusDays(ScanReminders.DAYS_BEFORE_DUE))).isPositive();
        assertThat(count("SELECT COUNT(*) FROM mail_notice WHERE recipient_id = ? AND dedupe_key LIKE 'scan:%'", sanne))
                .as("Sanne submitted round 2").isZero();
        assertThat(count("SELECT COUNT(*) FROM mail_notice WHERE recipient_id = ? AND dedupe_key LIKE 'scan:%'", daan))
                .as("Daan did not").isOne();
    }

    private Map<String, List<Map<String, Object>>> export() {
        Map<String, List<Map<String, Object>>> kinds = new HashMap<>();
        personalData.exportMine((kind, rows) -> {
            List<Map<String, Object>> list = new ArrayList<>();
            rows.forEach(list::add);
            kinds.put(kind, list);
        });
        return kinds;
    }

    private long count(String sql, Object... args) {
        return jdbc.sql(sql).params(args).query(Long.class).single();
    }
}
