package nl.kopgroep.security;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.kopgroep.base.CsvCells;
import nl.kopgroep.base.DbTime;
import nl.kopgroep.base.DomainException;
import nl.kopgroep.base.OrganisationId;
import nl.kopgroep.base.UserId;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The audit log for administrators: the events of the municipality they administer (done by its people, or
 * done to its people by an installation administrator), filtered by person, action and period, and as CSV.
 * An administrator of a municipality sees only that municipality; an installation administrator any.
 */
@Service
@PreAuthorize("hasRole('ADMIN')")
public class AuditTrailService {

    /** The longest period one query or export covers. */
    public static final int MAX_DAYS = 366;
    /** Rows in one CSV export at most; the view says so when a filter matches more. */
    public static final int MAX_EXPORT_ROWS = 50_000;

    static final List<String> CSV_COLUMNS = List.of("tijdstip", "door_id", "door", "handeling", "betreft_id", "details");

    private final JdbcClient jdbc;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final AuditLog auditLog;

    AuditTrailService(JdbcClient jdbc, CurrentUser currentUser, Clock clock, AuditLog auditLog) {
        this.jdbc = jdbc;
        this.currentUser = currentUser;
        this.clock = clock;
        this.auditLog = auditLog;
    }

    /** One page of matching events, newest first. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<AuditEntry> events(AuditQuery query, int offset, int limit) {
        Filter filter = filter(query);
        return jdbc.sql("SELECT id, occurred_at, actor_id, actor, action, subject_id, target FROM audit_event WHERE "
                        + filter.where + " ORDER BY occurred_at DESC, id DESC LIMIT :limit OFFSET :offset")
                .params(filter.params).param("limit", Math.max(0, limit)).param("offset", Math.max(0, offset))
                .query((rs, row) -> new AuditEntry(rs.getLong(1), DbTime.instant(rs, 2), userId(rs.getObject(3, Long.class)),
                        rs.getString(4), rs.getString(5), userId(rs.getObject(6, Long.class)), rs.getString(7)))
                .list();
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public int count(AuditQuery query) {
        Filter filter = filter(query);
        return jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE " + filter.where).params(filter.params)
                .query(Integer.class).single();
    }

    /** The actions that occur in the municipality's log, for the filter's choice. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<String> actions(OrganisationId organisation) {
        requireAdministrable(organisation);
        return jdbc.sql("SELECT DISTINCT action FROM audit_event WHERE organisation_id = :organisation "
                        + "OR subject_organisation_id = :organisation ORDER BY action")
                .param("organisation", organisation.value()).query(String.class).list();
    }

    /** The matching events as CSV (UTF-8, with a byte order mark for spreadsheets). The export itself is audited. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public byte[] exportCsv(AuditQuery query) {
        List<AuditEntry> entries = events(query, 0, MAX_EXPORT_ROWS);
        ZoneId zone = clock.getZone();
        StringWriter out = new StringWriter();
        out.write('\uFEFF');
        try (CSVPrinter csv = CSVFormat.DEFAULT.builder().setDelimiter(';').get().print(out)) {
            csv.printRecord(CSV_COLUMNS);
            for (AuditEntry entry : entries) {
                csv.printRecord(DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(entry.occurredAt().atZone(zone)),
                        entry.actorId() == null ? "" : String.valueOf(entry.actorId().value()),
                        CsvCells.text(entry.actor() == null ? "" : entry.actor()),
                        CsvCells.text(entry.action()),
                        entry.subjectId() == null ? "" : String.valueOf(entry.subjectId().value()),
                        CsvCells.text(entry.target() == null ? "" : entry.target()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        auditLog.record("AUDIT_LOG_EXPORTED", "organisation " + query.organisation().value() + " rows " + entries.size());
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private Filter filter(AuditQuery query) {
        requireAdministrable(query.organisation());
        LocalDate from = query.from();
        LocalDate to = query.to();
        if (from == null || to == null) {
            throw new DomainException("audit.error.periodRequired");
        }
        if (to.isBefore(from)) {
            throw new DomainException("audit.error.periodReversed");
        }
        if (ChronoUnit.DAYS.between(from, to) + 1 > MAX_DAYS) {
            throw new DomainException("audit.error.periodTooLong", MAX_DAYS);
        }
        ZoneId zone = clock.getZone();
        StringBuilder where = new StringBuilder(
                "(organisation_id = :organisation OR subject_organisation_id = :organisation) "
                        + "AND occurred_at >= :from AND occurred_at < :to");
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("organisation", query.organisation().value());
        params.put("from", DbTime.utc(from.atStartOfDay(zone).toInstant()));
        params.put("to", DbTime.utc(to.plusDays(1).atStartOfDay(zone).toInstant()));
        if (query.person() != null) {
            where.append(" AND (actor_id = :person OR subject_id = :person)");
            params.put("person", query.person().value());
        }
        if (query.action() != null && !query.action().isBlank()) {
            where.append(" AND action = :action");
            params.put("action", query.action());
        }
        return new Filter(where.toString(), params);
    }

    private void requireAdministrable(OrganisationId organisation) {
        KopgroepUser user = currentUser.require();
        if (!user.installationAdmin() && !user.organisationId().equals(organisation)) {
            throw new AccessDeniedException("audit log of another municipality");
        }
    }

    private static @Nullable UserId userId(@Nullable Long value) {
        return value == null ? null : new UserId(value);
    }

    private record Filter(String where, Map<String, Object> params) {
        Filter {
            params = new LinkedHashMap<>(params);
        }
    }
}
