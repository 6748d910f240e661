package nl.kopgroep.scan;

import static nl.kopgroep.base.DbTime.utc;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.kopgroep.base.OrganisationId;
import nl.kopgroep.base.UserId;
import nl.kopgroep.base.database.DemoDataPolicy;
import nl.kopgroep.journal.JournalDirectory;
import nl.kopgroep.journal.ReflectionId;
import nl.kopgroep.organisation.OrganisationDirectory;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Completed scans for the demo: in Voorbeeldstad the first eight participants (Sanne among them) have rounds 0 and 1
 * closed, self and coach, with some differences and a journal entry of their own as evidence — except that for the
 * sixth, round 1 waits for the coach (Marieke) to finish her half-done score; in Lindendal the four
 * participants have round 0 closed, so management there sees the "fewer than five" rule. Demo only: backdated rows in
 * plain SQL.
 */
@Component
@Order(600)
class DemoScans implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoScans.class);
    static final List<String> COMPETENCIES = List.of("regie", "verbinden", "wendbaarheid", "zelfreflectie",
            "politieke-sensitiviteit", "samenwerken", "kennisdelen", "waardecreatie");
    private static final int VOORBEELDSTAD_SCANNED = 8;
    private static final int AWAITING_COACH = 5;
    private static final List<String> NOTES = List.of(
            "Ik merk dat ik dit vooral doe als iemand me erom vraagt.",
            "In het overleg over de wijkaanpak lukte dit goed; daarbuiten minder.",
            "Hier wil ik komend half jaar aan werken.",
            "Mijn collega's zien dit sterker dan ikzelf.");

    private final DemoDataPolicy policy;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final OrganisationDirectory directory;
    private final JournalDirectory journal;

    DemoScans(DemoDataPolicy policy, JdbcClient jdbc, Clock clock, OrganisationDirectory directory,
              JournalDirectory journal) {
        this.policy = policy;
        this.jdbc = jdbc;
        this.clock = clock;
        this.directory = directory;
        this.journal = journal;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (!policy.enabled() || jdbc.sql("SELECT COUNT(*) FROM competency_scan").query(Long.class).single() > 0) {
            return;
        }
        int scans = load("voorbeeldstad", VOORBEELDSTAD_SCANNED, 2) + load("lindendal", Integer.MAX_VALUE, 1);
        if (scans > 0) {
            log.info("Demo competency scans loaded: {} closed scans", scans);
        }
    }

    private int load(String code, int participants, int rounds) {
        OrganisationId organisation = directory.organisationByCode(code).orElse(null);
        if (organisation == null) {
            return 0;
        }
        Map<UserId, UserId> coachOf = directory.assignments(organisation).stream()
                .collect(Collectors.toMap(OrganisationDirectory.Assignment::participant,
                        OrganisationDirectory.Assignment::coach, (a, b) -> a));
        Map<nl.kopgroep.base.CohortId, LocalDate> starts = directory.cohortStarts().stream()
                .filter(c -> c.organisation().equals(organisation))
                .collect(Collectors.toMap(OrganisationDirectory.CohortStart::id, OrganisationDirectory.CohortStart::startDate));
        LocalDate today = LocalDate.now(clock);
        int made = 0;
        for (var cohort : directory.activeParticipants(organisation).entrySet()) {
            LocalDate start = starts.get(cohort.getKey());
            List<UserId> people = cohort.getValue().stream().sorted(java.util.Comparator.comparingLong(UserId::value))
                    .limit(participants).toList();
            for (int p = 0; p < people.size(); p++) {
                UserId participant = people.get(p);
                UserId coach = coachOf.get(participant);
                List<ReflectionId> entries = journal.entriesOf(participant);
                for (int round = 0; round < rounds; round++) {
                    LocalDate submitted = ScanSchedule.opensOn(start, round).plusDays(10 + p);
                    if (coach == null || !submitted.isBefore(today)) {
                        continue;
                    }
                    // one of Marieke's coachees waits for her score in the latest round, so her home has work
                    boolean coachDone = !(code.equals("voorbeeldstad") && p == AWAITING_COACH && round == rounds - 1);
                    scan(organisation, cohort.getKey(), participant, coach, start, round, p, submitted, entries, coachDone);
                    made++;
                }
            }
        }
        return made;
    }

    private void scan(OrganisationId organisation, nl.kopgroep.base.CohortId cohort, UserId participant, UserId coach,
                      LocalDate start, int round, int p, LocalDate submitted, List<ReflectionId> entries,
                      boolean coachDone) {
        var self = utc(submitted.atTime(16, 0).toInstant(ZoneOffset.UTC));
        var coached = utc(submitted.plusDays(3).atTime(10, 0).toInstant(ZoneOffset.UTC));
        jdbc.sql("""
                        INSERT INTO competency_scan (participant_id, organisation_id, cohort_id, round, due_on, created_at,
                            participant_submitted_at, coach_submitted_at, coach_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(participant.value(), organisation.value(), cohort.value(), round,
                        ScanSchedule.dueOn(start, round), self, self, coachDone ? coached : null,
                        coachDone ? coach.value() : null)
                .update();
        long scan = jdbc.sql("SELECT LAST_INSERT_ID()").query(Long.class).single();
        for (int c = 0; c < COMPETENCIES.size(); c++) {
            int selfLevel = Math.min(4, 1 + (p + c) % 3 + round);
            int coachLevel = Math.max(1, Math.min(4, selfLevel + ((p + c) % 4 == 0 ? 1 : (p + c) % 5 == 1 ? -1 : 0)));
            Long evidence = c < 3 && entries.size() > c + round ? entries.get(c + round).value() : null;
            score(scan, COMPETENCIES.get(c), "SELF", participant, selfLevel, evidence, c % 2 == 0
                    ? NOTES.get((p + c + round) % NOTES.size()) : null, self);
            if (!coachDone && c >= COMPETENCIES.size() / 2) {
                continue; // the coach's draft is half done
            }
            score(scan, COMPETENCIES.get(c), "COACH", coach, coachLevel, null, c == 0
                    ? "Ik zie dit terug in hoe je het overleg met de partners voorbereidt." : null, coached);
        }
    }

    private void score(long scan, String competency, String scorer, UserId by, int level,
                       @Nullable Long evidence, @Nullable String note,
                       Object at) {
        jdbc.sql("""
                        INSERT INTO competency_score (scan_id, competency_code, scorer, scorer_id, level, evidence_kind,
                            evidence_id, note, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(scan, competency, scorer, by.value(), level, evidence == null ? null : "JOURNAL_ENTRY", evidence,
                        note, at)
                .update();
    }
}
