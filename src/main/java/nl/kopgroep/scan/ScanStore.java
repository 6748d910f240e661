package nl.kopgroep.scan;

import static nl.kopgroep.base.DbTime.utc;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import nl.kopgroep.base.CohortId;
import nl.kopgroep.base.DbTime;
import nl.kopgroep.base.OrganisationId;
import nl.kopgroep.base.UserId;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The scans and their scores in plain SQL: a score is written per competency as the scorer goes (an upsert on
 * scan + competency + scorer), and management's figures are two grouped statements whatever the number of scans.
 * Every method takes ids the services have already checked.
 */
@Component
class ScanStore {

    record ScanRow(long id, UserId participant, CohortId cohort, int round, LocalDate dueOn,
                   @Nullable Instant participantSubmittedAt, @Nullable Instant coachSubmittedAt) {

        boolean submittedBy(Scorer scorer) {
            return (scorer == Scorer.SELF ? participantSubmittedAt : coachSubmittedAt) != null;
        }

        boolean closed() {
            return participantSubmittedAt != null && coachSubmittedAt != null;
        }
    }

    record ScoreRow(long scan, String competency, Scorer scorer, @Nullable Integer level,
                    @Nullable EvidenceKind evidenceKind, @Nullable Long evidenceId, @Nullable String note,
                    Instant updatedAt) {
    }

    /** Closed scans of a cohort and round: how many, and per competency, scorer and level how many. */
    record LevelCount(CohortId cohort, int round, String competency, Scorer scorer, int level, int count) {
    }

    record RoundCount(CohortId cohort, int round, int closed) {
    }

    private static final String SCAN_COLUMNS =
            "id, participant_id, cohort_id, round, due_on, participant_submitted_at, coach_submitted_at";

    private final JdbcClient jdbc;

    ScanStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<ScanRow> scansOf(UserId participant, CohortId cohort) {
        return jdbc.sql("SELECT " + SCAN_COLUMNS + " FROM competency_scan WHERE participant_id = ? AND cohort_id = ? ORDER BY round")
                .params(participant.value(), cohort.value()).query((rs, row) -> scan(rs)).list();
    }

    List<ScanRow> scansOf(Collection<UserId> participants) {
        if (participants.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT " + SCAN_COLUMNS + " FROM competency_scan WHERE participant_id IN (:ids) ORDER BY participant_id, round")
                .param("ids", participants.stream().map(UserId::value).toList()).query((rs, row) -> scan(rs)).list();
    }

    Optional<ScanRow> find(UserId participant, CohortId cohort, int round) {
        return jdbc.sql("SELECT " + SCAN_COLUMNS + " FROM competency_scan WHERE participant_id = ? AND cohort_id = ? AND round = ?")
                .params(participant.value(), cohort.value(), round).query((rs, row) -> scan(rs)).optional();
    }

    /** The scan of this round, made now if it does not exist yet (two tabs opening it at once make one). */
    ScanRow findOrCreate(UserId participant, OrganisationId organisation, CohortId cohort, int round, LocalDate dueOn,
                         Instant now) {
        return find(participant, cohort, round).orElseGet(() -> {
            jdbc.sql("""
                            INSERT IGNORE INTO competency_scan (participant_id, organisation_id, cohort_id, round, due_on, created_at)
                            VALUES (?, ?, ?, ?, ?, ?)""")
                    .params(participant.value(), organisation.value(), cohort.value(), round, dueOn, utc(now)).update();
            return find(participant, cohort, round).orElseThrow();
        });
    }

    /** Locks the scan row, so a score and a submission do not cross. */
    ScanRow lock(long scan) {
        return jdbc.sql("SELECT " + SCAN_COLUMNS + " FROM competency_scan WHERE id = ? FOR UPDATE").param(scan)
                .query((rs, row) -> scan(rs)).single();
    }

    List<ScoreRow> scores(Collection<Long> scans) {
        if (scans.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        SELECT scan_id, competency_code, scorer, level, evidence_kind, evidence_id, note, updated_at
                        FROM competency_score WHERE scan_id IN (:ids) ORDER BY scan_id, id""")
                .param("ids", List.copyOf(scans))
                .query((rs, row) -> new ScoreRow(rs.getLong(1), rs.getString(2), Scorer.valueOf(rs.getString(3)),
                        rs.getObject(4, Integer.class),
                        rs.getString(5) == null ? null : EvidenceKind.valueOf(rs.getString(5)),
                        rs.getObject(6, Long.class), rs.getString(7), DbTime.instant(rs, 8)))
                .list();
    }

    void saveScore(long scan, Scorer scorer, UserId by, ScoreForm form, Instant now) {
        jdbc.sql("""
                        INSERT INTO competency_score (scan_id, competency_code, scorer, scorer_id, level, evidence_kind,
                            evidence_id, note, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                        ON DUPLICATE KEY UPDATE scorer_id = VALUES(scorer_id), level = VALUES(level),
                            evidence_kind = VALUES(evidence_kind), evidence_id = VALUES(evidence_id), note = VALUES(note),
                            updated_at = VALUES(updated_at)""")
                .params(scan, form.competency(), scorer.name(), by.value(), form.level(),
                        form.evidenceKind() == null ? null : form.evidenceKind().name(), form.evidenceId(), form.note(),
                        utc(now))
                .update();
    }

    void submit(long scan, Scorer scorer, UserId by, Instant now) {
        if (scorer == Scorer.SELF) {
            jdbc.sql("UPDATE competency_scan SET participant_submitted_at = ? WHERE id = ? AND participant_submitted_at IS NULL")
                    .params(utc(now), scan).update();
        } else {
            jdbc.sql("UPDATE competency_scan SET coach_submitted_at = ?, coach_id = ? WHERE id = ? AND coach_submitted_at IS NULL")
                    .params(utc(now), by.value(), scan).update();
        }
    }

    List<LevelCount> closedLevelCounts(OrganisationId organisation) {
        return jdbc.sql("""
                        SELECT s.cohort_id, s.round, c.competency_code, c.scorer, c.level, COUNT(*)
                        FROM competency_scan s JOIN competency_score c ON c.scan_id = s.id
                        WHERE s.organisation_id = ? AND s.participant_submitted_at IS NOT NULL
                          AND s.coach_submitted_at IS NOT NULL AND c.level IS NOT NULL
                        GROUP BY s.cohort_id, s.round, c.competency_code, c.scorer, c.level""")
                .param(organisation.value())
                .query((rs, row) -> new LevelCount(new CohortId(rs.getLong(1)), rs.getInt(2), rs.getString(3),
                        Scorer.valueOf(rs.getString(4)), rs.getInt(5), rs.getInt(6)))
                .list();
    }

    /** Per cohort and round that has any scan: how many are closed. */
    List<RoundCount> roundCounts(OrganisationId organisation) {
        return jdbc.sql("""
                        SELECT cohort_id, round, SUM(CASE WHEN participant_submitted_at IS NOT NULL
                            AND coach_submitted_at IS NOT NULL THEN 1 ELSE 0 END)
                        FROM competency_scan WHERE organisation_id = ? GROUP BY cohort_id, round ORDER BY cohort_id, round""")
                .param(organisation.value())
                .query((rs, row) -> new RoundCount(new CohortId(rs.getLong(1)), rs.getInt(2), rs.getInt(3))).list();
    }

    private static ScanRow scan(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new ScanRow(rs.getLong(1), new UserId(rs.getLong(2)), new CohortId(rs.getLong(3)), rs.getInt(4),
                rs.getObject(5, LocalDate.class), DbTime.instantOrNull(rs, 6), DbTime.instantOrNull(rs, 7));
    }
}
