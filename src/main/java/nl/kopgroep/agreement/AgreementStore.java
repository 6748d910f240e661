package nl.kopgroep.agreement;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.kopgroep.agreement.AgreementDocument.Ambition;
import nl.kopgroep.agreement.AgreementDocument.Commitment;
import nl.kopgroep.agreement.AgreementDocument.Indicator;
import nl.kopgroep.agreement.AgreementDocument.Theme;
import nl.kopgroep.base.DbTime;
import nl.kopgroep.base.OrganisationId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Agreements per organisation; a document is written and read as a whole. */
@Repository
class AgreementStore {

    private final JdbcClient jdbc;

    AgreementStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(OrganisationId organisation, AgreementDocument document, String sourceName, String importedBy, Instant at) {
        jdbc.sql("UPDATE agreement SET active = false WHERE organisation_id = ? AND active = true")
                .param(organisation.value()).update();
        jdbc.sql("""
                        INSERT INTO agreement (organisation_id, title, period_from, period_to, active, source_name,
                                               imported_by, imported_at) VALUES (?, ?, ?, ?, true, ?, ?, ?)""")
                .params(organisation.value(), document.title(), document.periodFrom(), document.periodTo(), sourceName,
                        importedBy, DbTime.utc(at))
                .update();
        long id = jdbc.sql("SELECT LAST_INSERT_ID()").query(Long.class).single();
        int position = 0;
        for (Theme theme : document.themes()) {
            item(id, "THEME", theme.code(), null, theme.title(), null, null, position++);
            for (Ambition ambition : theme.ambitions()) {
                item(id, "AMBITION", ambition.code(), theme.code(), ambition.title(), null, null, position++);
                for (Commitment commitment : ambition.commitments()) {
                    item(id, "COMMITMENT", commitment.code(), ambition.code(), commitment.title(),
                            commitment.description(), commitment.budgetProgramme(), position++);
                    int indicatorPosition = 0;
                    for (Indicator indicator : commitment.indicators()) {
                        jdbc.sql("""
                                        INSERT INTO commitment_indicator (agreement_id, commitment_code, name, source, unit,
                                                                          baseline, target, target_date, position)
                                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                                .params(id, commitment.code(), indicator.name(), indicator.source(), indicator.unit(),
                                        indicator.baseline(), indicator.target(), indicator.targetDate(), indicatorPosition++)
                                .update();
                    }
                }
            }
        }
        return id;
    }

    private void item(long agreement, String level, String code, String parent, String title, String description,
                      String budgetProgramme, int position) {
        jdbc.sql("""
                        INSERT INTO agreement_item (agreement_id, level, code, parent_code, title, description,
                                                    budget_programme, position) VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(agreement, level, code, parent, title, description, budgetProgramme, position)
                .update();
    }

    Optional<Long> activeId(OrganisationId organisation) {
        return jdbc.sql("SELECT id FROM agreement WHERE organisation_id = ? AND active = true")
                .param(organisation.value()).query(Long.class).optional();
    }

    /** The version in force, locked until the transaction ends so that two edits follow each other. */
    Optional<Long> lockActive(OrganisationId organisation) {
        return jdbc.sql("SELECT id FROM agreement WHERE organisation_id = ? AND active = true FOR UPDATE")
                .param(organisation.value()).query(Long.class).optional();
    }

    List<AgreementSummary> history(OrganisationId organisation) {
        return jdbc.sql("""
                        SELECT id, title, period_from, period_to, active, source_name, imported_by, imported_at
                        FROM agreement WHERE organisation_id = ? ORDER BY imported_at DESC, id DESC""")
                .param(organisation.value())
                .query((rs, row) -> new AgreementSummary(rs.getLong(1), rs.getString(2),
                        rs.getObject(3, LocalDate.class), rs.getObject(4, LocalDate.class), rs.getBoolean(5),
                        rs.getString(6), rs.getString(7), DbTime.instant(rs, 8)))
                .list();
    }

    /**
     * Documents by id: an agreement's rows are written once, on import, and never changed (a new version is a new
     * agreement), so a document read once stays true (issue 16: the dashboard read it three times, four statements
     * each). Soft references: the collector may drop them when memory runs short.
     */
    private final Map<Long, AgreementDocument> documents = new org.springframework.util.ConcurrentReferenceHashMap<>(
            64, org.springframework.util.ConcurrentReferenceHashMap.ReferenceType.SOFT);

    /** The agreement with this id, if it belongs to the organisation. */
    Optional<AgreementDocument> document(OrganisationId organisation, long id) {
        AgreementDocument known = documents.get(id);
        if (known != null && organisations.getOrDefault(id, -1L) == organisation.value()) {
            return Optional.of(known);
        }
        Optional<AgreementDocument> read = readDocument(organisation, id);
        read.ifPresent(document -> {
            organisations.put(id, organisation.value());
            documents.put(id, document);
        });
        return read;
    }

    private final Map<Long, Long> organisations = new java.util.concurrent.ConcurrentHashMap<>();

    private Optional<AgreementDocument> readDocument(OrganisationId organisation, long id) {
        Optional<String[]> header = jdbc.sql("SELECT title, period_from, period_to FROM agreement WHERE id = ? AND organisation_id = ?")
                .params(id, organisation.value())
                .query((rs, row) -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3)}).optional();
        if (header.isEmpty()) {
            return Optional.empty();
        }
        Map<String, List<Indicator>> indicators = new LinkedHashMap<>();
        jdbc.sql("SELECT commitment_code, name, source, unit, baseline, target, target_date FROM commitment_indicator "
                        + "WHERE agreement_id = ? ORDER BY commitment_code, position")
                .param(id)
                .query((ResultSet rs) -> {
                    indicators.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(indicator(rs));
                });
        List<Theme> themes = new ArrayList<>();
        List<Ambition> ambitions = null;
        List<Commitment> commitments = null;
        for (Map<String, Object> row : jdbc.sql("SELECT level, code, title, description, budget_programme "
                + "FROM agreement_item WHERE agreement_id = ? ORDER BY position").param(id).query().listOfRows()) {
            String code = (String) row.get("code");
            String title = (String) row.get("title");
            switch ((String) row.get("level")) {
                case "THEME" -> {
                    ambitions = new ArrayList<>();
                    themes.add(new Theme(code, title, ambitions));
                }
                case "AMBITION" -> {
                    commitments = new ArrayList<>();
                    ambitions.add(new Ambition(code, title, commitments));
                }
                default -> commitments.add(new Commitment(code, title, (String) row.get("description"),
                        (String) row.get("budget_programme"), List.copyOf(indicators.getOrDefault(code, List.of()))));
            }
        }
        return Optional.of(new AgreementDocument(header.get()[0], LocalDate.parse(header.get()[1]),
                LocalDate.parse(header.get()[2]), themes));
    }

    private static Indicator indicator(ResultSet rs) throws SQLException {
        BigDecimal baseline = rs.getBigDecimal(5);
        BigDecimal target = rs.getBigDecimal(6);
        return new Indicator(rs.getString(2), rs.getString(3), rs.getString(4),
                baseline == null ? null : baseline.stripTrailingZeros(), target == null ? null : target.stripTrailingZeros(),
                rs.getObject(7, LocalDate.class));
    }
}
