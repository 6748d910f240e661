package nl.kopgroep.knowledge;

import static nl.kopgroep.base.DbTime.utc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.kopgroep.base.CohortId;
import nl.kopgroep.base.DbTime;
import nl.kopgroep.base.MunicipalRole;
import nl.kopgroep.base.OrganisationId;
import nl.kopgroep.base.UserId;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Component;

/**
 * The kennisbank's tables in plain SQL. Who may read a practice is part of every reading statement ({@link #VISIBLE}):
 * published, and mine, or shared with ALL, or with MUNICIPALITY and of my municipality, or with COHORT and of one of
 * my cohorts. Nothing is filtered after loading. Methods that take an author or a request's party take ids the
 * services have checked.
 */
@Component
class KnowledgeStore {

    /** Who reads: the signed-in person, their municipality and the cohorts they belong to. */
    record Reader(UserId me, OrganisationId organisation, Collection<CohortId> cohorts) {

        List<Long> cohortIds() {
            // IN () is not SQL; -1 is no cohort
            return cohorts.isEmpty() ? List.of(-1L) : cohorts.stream().map(CohortId::value).toList();
        }
    }

    record PracticeRow(long id, @Nullable UserId author, OrganisationId organisation, @Nullable CohortId cohort,
                       String title, String intention, String happened, String difference, String lessons,
                       Sharing sharing, PracticeStatus status, Instant publishedAt, Instant updatedAt, int usedCount,
                       String searchText) {
    }

    record Hit(long id, @Nullable UserId author, OrganisationId organisation, String title, Sharing sharing,
               PracticeStatus status, Instant publishedAt, int usedCount, String excerpt) {
    }

    record ReactionRow(long id, @Nullable UserId author, String body, Instant writtenAt) {
    }

    record RequestRow(long id, long practice, UserId requester, UserId author, String question, PeerAssistStatus status,
                      Instant askedAt, @Nullable Instant answeredAt) {
    }

    /** A published practice the reader may see; parameters {@code me}, {@code org}, {@code cohorts}. */
    static final String VISIBLE = """
            (p.status = 'PUBLISHED' AND (p.author_id = :me OR p.sharing = 'ALL'
              OR (p.sharing = 'MUNICIPALITY' AND p.organisation_id = :org)
              OR (p.sharing = 'COHORT' AND p.cohort_id IN (:cohorts))))""";

    private static final String PRACTICE_COLUMNS = """
            p.id, p.author_id, p.organisation_id, p.cohort_id, p.title, p.intention, p.happened, p.difference,
            p.lessons, p.sharing, p.status, p.published_at, p.updated_at, p.used_count, p.search_text""";
    private static final String HIT_COLUMNS = """
            p.id, p.author_id, p.organisation_id, p.title, p.sharing, p.status, p.published_at, p.used_count,
            LEFT(p.lessons, 240)""";

    private final JdbcClient jdbc;

    KnowledgeStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    // --- practices ------------------------------------------------------------------------------------

    long insert(UserId author, OrganisationId organisation, @Nullable CohortId cohort, PracticeForm form,
                String searchText, Instant now) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO practice (author_id, organisation_id, cohort_id, title, intention, happened, difference,
                          lessons, sharing, status, published_at, updated_at, used_count, search_text)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'PUBLISHED', ?, ?, 0, ?)""")
                .params(author.value(), organisation.value(), cohort == null ? null : cohort.value(), form.title(),
                        form.intention(), form.happened(), form.difference(), form.lessons(), form.sharing().name(),
                        utc(now), utc(now), searchText)
                .update(keys, "id");
        long id = keys.getKey().longValue();
        insertTags(id, form);
        return id;
    }

    void update(long id, PracticeForm form, String searchText, Instant now) {
        jdbc.sql("""
                        UPDATE practice SET title = ?, intention = ?, happened = ?, difference = ?, lessons = ?, sharing = ?,
                          updated_at = ?, search_text = ? WHERE id = ?""")
                .params(form.title(), form.intention(), form.happened(), form.difference(), form.lessons(),
                        form.sharing().name(), utc(now), searchText, id)
                .update();
        jdbc.sql("DELETE FROM practice_tag WHERE practice_id = ?").param(id).update();
        insertTags(id, form);
    }

    private void insertTags(long id, PracticeForm form) {
        List<Object[]> rows = new ArrayList<>();
        form.themes().forEach(v -> rows.add(new Object[] {id, TagKind.THEME.name(), v}));
        form.roles().stream().sorted().forEach(v -> rows.add(new Object[] {id, TagKind.ROLE.name(), v.name()}));
        form.competencies().forEach(v -> rows.add(new Object[] {id, TagKind.COMPETENCY.name(), v}));
        form.partners().forEach(v -> rows.add(new Object[] {id, TagKind.PARTNER.name(), v}));
        for (Object[] row : rows) {
            jdbc.sql("INSERT INTO practice_tag (practice_id, kind, tag_value) VALUES (?, ?, ?)").params(row).update();
        }
    }

    void setSharing(long id, Sharing sharing, Instant now) {
        jdbc.sql("UPDATE practice SET sharing = ?, updated_at = ? WHERE id = ?").params(sharing.name(), utc(now), id).update();
    }

    void setStatus(long id, PracticeStatus status, Instant now) {
        jdbc.sql("UPDATE practice SET status = ?, updated_at = ? WHERE id = ?").params(status.name(), utc(now), id).update();
    }

    /** A practice the reader may see (withdrawn ones only for their author). */
    Optional<PracticeRow> findReadable(Reader reader, long id) {
        return jdbc.sql("SELECT " + PRACTICE_COLUMNS + " FROM practice p WHERE p.id = :id AND (p.author_id = :me OR "
                        + VISIBLE + ")")
                .param("id", id).params(readerParams(reader)).query((rs, n) -> practice(rs)).optional();
    }

    /** One of the author's own practices, published or withdrawn. */
    Optional<PracticeRow> findOwn(UserId author, long id) {
        return jdbc.sql("SELECT " + PRACTICE_COLUMNS + " FROM practice p WHERE p.id = ? AND p.author_id = ?")
                .params(id, author.value()).query((rs, n) -> practice(rs)).optional();
    }

    List<Hit> own(UserId author) {
        return jdbc.sql("SELECT " + HIT_COLUMNS + " FROM practice p WHERE p.author_id = ? ORDER BY p.published_at DESC, p.id DESC")
                .param(author.value()).query((rs, n) -> hit(rs)).list();
    }

    /**
     * Search: with words, MariaDB's FULLTEXT in BOOLEAN MODE on the stems, ordered by relevance with a boost for
     * "dit heb ik gebruikt" (relevance × (1 + ln(1 + uses) / 3)); without words, the newest first. Filters are
     * EXISTS on the tags.
     */
    List<Hit> search(Reader reader, String booleanQuery, SearchQuery query, int limit) {
        StringBuilder sql = new StringBuilder("SELECT " + HIT_COLUMNS + " FROM practice p WHERE " + VISIBLE);
        Map<String, Object> params = new HashMap<>(readerParams(reader));
        boolean words = !booleanQuery.isEmpty();
        if (words) {
            sql.append(" AND MATCH(p.search_text) AGAINST (:q IN BOOLEAN MODE)");
            params.put("q", booleanQuery);
        }
        if (query.municipality() != null) {
            sql.append(" AND p.organisation_id = :municipality");
            params.put("municipality", query.municipality().value());
        }
        tagFilter(sql, params, TagKind.THEME, query.theme());
        tagFilter(sql, params, TagKind.ROLE, query.role() == null ? null : query.role().name());
        tagFilter(sql, params, TagKind.COMPETENCY, query.competency());
        sql.append(words
                ? " ORDER BY MATCH(p.search_text) AGAINST (:q IN BOOLEAN MODE) * (1 + LN(1 + p.used_count) / 3) DESC, p.published_at DESC, p.id DESC"
                : " ORDER BY p.published_at DESC, p.id DESC");
        sql.append(" LIMIT :limit");
        params.put("limit", limit);
        return jdbc.sql(sql.toString()).params(params).query((rs, n) -> hit(rs)).list();
    }

    private static void tagFilter(StringBuilder sql, Map<String, Object> params, TagKind kind, @Nullable String value) {
        if (value == null || value.isBlank()) {
            return;
        }
        String name = "tag" + kind.name();
        sql.append(" AND EXISTS (SELECT 1 FROM practice_tag t WHERE t.practice_id = p.id AND t.kind = '")
                .append(kind.name()).append("' AND t.tag_value = :").append(name).append(")");
        params.put(name, value);
    }

    /**
     * Practices like this one: its most characteristic stems in natural-language mode, plus two points for every tag
     * they share with it (same kind and value), the reader's visibility applied.
     */
    List<Hit> similar(Reader reader, long id, String terms, int limit) {
        if (terms.isBlank()) {
            return List.of();
        }
        Map<String, Object> params = new HashMap<>(readerParams(reader));
        params.put("id", id);
        params.put("terms", terms);
        params.put("limit", limit);
        params.put("candidates", SIMILAR_CANDIDATES);
        // the best candidates by text first (the FULLTEXT index), then re-ranked by shared tags and uses
        return jdbc.sql("SELECT " + HIT_COLUMNS + """
                         FROM (SELECT p.id, MATCH(p.search_text) AGAINST (:terms) AS relevance FROM practice p
                               WHERE p.id <> :id AND """ + VISIBLE + """
                               AND MATCH(p.search_text) AGAINST (:terms)
                               ORDER BY relevance DESC LIMIT :candidates) c
                        JOIN practice p ON p.id = c.id
                        ORDER BY c.relevance
                          + 2 * (SELECT COUNT(*) FROM practice_tag t JOIN practice_tag s
                                 ON s.practice_id = :id AND s.kind = t.kind AND s.tag_value = t.tag_value
                                 WHERE t.practice_id = p.id)
                          + LN(1 + p.used_count) DESC, p.id DESC
                        LIMIT :limit""")
                .params(params).query((rs, n) -> hit(rs)).list();
    }

    /** How many practices "vergelijkbare praktijken" re-ranks by shared tags. */
    static final int SIMILAR_CANDIDATES = 40;

    /**
     * The values of one kind of tag that at least one practice the reader may see carries: the distinct values
     * first (an index scan), then for each whether a visible practice has it (EXISTS stops at the first).
     */
    List<String> visibleTagValues(Reader reader, TagKind kind) {
        return jdbc.sql("""
                        SELECT k.tag_value FROM (SELECT DISTINCT tag_value FROM practice_tag WHERE kind = :kind) k
                        WHERE EXISTS (SELECT 1 FROM practice_tag t JOIN practice p ON p.id = t.practice_id
                                      WHERE t.kind = :kind AND t.tag_value = k.tag_value AND """ + VISIBLE + """
                        ) ORDER BY k.tag_value""")
                .param("kind", kind.name()).params(readerParams(reader)).query(String.class).list();
    }

    /** The municipalities with at least one practice the reader may see (same two steps). */
    List<OrganisationId> visibleMunicipalities(Reader reader) {
        return jdbc.sql("""
                        SELECT o.organisation_id FROM (SELECT DISTINCT organisation_id FROM practice) o
                        WHERE EXISTS (SELECT 1 FROM practice p WHERE p.organisation_id = o.organisation_id AND """
                        + VISIBLE + ")")
                .params(readerParams(reader)).query((rs, n) -> new OrganisationId(rs.getLong(1))).list();
    }

    Map<Long, PracticeTags> tags(Collection<Long> practices) {
        Map<Long, List<String>[]> lists = new LinkedHashMap<>();
        if (practices.isEmpty()) {
            return Map.of();
        }
        jdbc.sql("SELECT practice_id, kind, tag_value FROM practice_tag WHERE practice_id IN (:ids) ORDER BY id")
                .param("ids", practices).query((ResultSet rs) -> {
                    @SuppressWarnings("unchecked")
                    List<String>[] kinds = lists.computeIfAbsent(rs.getLong(1), k -> new List[] {
                            new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>()});
                    kinds[TagKind.valueOf(rs.getString(2)).ordinal()].add(rs.getString(3));
                });
        Map<Long, PracticeTags> result = new HashMap<>();
        for (Long id : practices) {
            List<String>[] kinds = lists.get(id);
            result.put(id, kinds == null ? new PracticeTags(List.of(), List.of(), List.of(), List.of())
                    : new PracticeTags(kinds[0], kinds[1].stream().map(MunicipalRole::valueOf).toList(), kinds[2], kinds[3]));
        }
        return result;
    }

    // --- drafts ----------------------------------------------------------------------------------------

    /** Saves the editor's draft (one per author and practice; 0 for a new one); returns when. */
    void saveDraft(UserId author, long practiceKey, PracticeForm form, String tags, Instant now) {
        int updated = jdbc.sql("""
                        UPDATE practice_draft SET title = ?, intention = ?, happened = ?, difference = ?, lessons = ?,
                          sharing = ?, tags = ?, saved_at = ? WHERE author_id = ? AND practice_key = ?""")
                .params(form.title(), form.intention(), form.happened(), form.difference(), form.lessons(),
                        form.sharing().name(), tags, utc(now), author.value(), practiceKey)
                .update();
        if (updated == 0) {
            jdbc.sql("""
                            INSERT INTO practice_draft (author_id, practice_key, title, intention, happened, difference, lessons,
                              sharing, tags, saved_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                            ON DUPLICATE KEY UPDATE title = VALUES(title), intention = VALUES(intention),
                              happened = VALUES(happened), difference = VALUES(difference), lessons = VALUES(lessons),
                              sharing = VALUES(sharing), tags = VALUES(tags), saved_at = VALUES(saved_at)""")
                    .params(author.value(), practiceKey, form.title(), form.intention(), form.happened(),
                            form.difference(), form.lessons(), form.sharing().name(), tags, utc(now))
                    .update();
        }
    }

    record DraftRow(long practiceKey, String title, String intention, String happened, String difference,
                    String lessons, Sharing sharing, String tags, Instant savedAt) {
    }

    Optional<DraftRow> draft(UserId author, long practiceKey) {
        return jdbc.sql("""
                        SELECT practice_key, title, intention, happened, difference, lessons, sharing, tags, saved_at
                        FROM practice_draft WHERE author_id = ? AND practice_key = ?""")
                .params(author.value(), practiceKey)
                .query((rs, n) -> new DraftRow(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), Sharing.valueOf(rs.getString(7)), rs.getString(8),
                        DbTime.instant(rs, 9)))
                .optional();
    }

    List<Long> draftKeys(UserId author) {
        return jdbc.sql("SELECT practice_key FROM practice_draft WHERE author_id = ? ORDER BY saved_at DESC")
                .param(author.value()).query(Long.class).list();
    }

    void deleteDraft(UserId author, long practiceKey) {
        jdbc.sql("DELETE FROM practice_draft WHERE author_id = ? AND practice_key = ?").params(author.value(), practiceKey).update();
    }

    // --- attachments -----------------------------------------------------------------------------------

    long addAttachment(long practice, String fileName, String contentType, byte[] content, Instant now) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO practice_attachment (practice_id, file_name, content_type, size_bytes, content, uploaded_at)
                        VALUES (?, ?, ?, ?, ?, ?)""")
                .params(practice, fileName, contentType, content.length, content, utc(now)).update(keys, "id");
        return keys.getKey().longValue();
    }

    List<Practice.Attachment> attachments(long practice) {
        return jdbc.sql("SELECT id, file_name, content_type, size_bytes FROM practice_attachment WHERE practice_id = ? ORDER BY id")
                .param(practice)
                .query((rs, n) -> new Practice.Attachment(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getInt(4)))
                .list();
    }

    Optional<AttachmentContent> attachment(long practice, long attachment) {
        return jdbc.sql("SELECT file_name, content_type, content FROM practice_attachment WHERE id = ? AND practice_id = ?")
                .params(attachment, practice)
                .query((rs, n) -> new AttachmentContent(rs.getString(1), rs.getString(2), rs.getBytes(3))).optional();
    }

    int removeAttachment(long practice, long attachment) {
        return jdbc.sql("DELETE FROM practice_attachment WHERE id = ? AND practice_id = ?").params(attachment, practice).update();
    }

    // --- reactions and uses ----------------------------------------------------------------------------

    void addReaction(long practice, UserId author, String body, Instant now) {
        jdbc.sql("INSERT INTO practice_reaction (practice_id, author_id, body, written_at) VALUES (?, ?, ?, ?)")
                .params(practice, author.value(), body, utc(now)).update();
    }

    List<ReactionRow> reactions(long practice) {
        return jdbc.sql("SELECT id, author_id, body, written_at FROM practice_reaction WHERE practice_id = ? ORDER BY written_at, id")
                .param(practice)
                .query((rs, n) -> new ReactionRow(rs.getLong(1), userOrNull(rs, 2), rs.getString(3), DbTime.instant(rs, 4)))
                .list();
    }

    /** Marks "dit heb ik gebruikt" once per person; the count on the practice moves with it. */
    boolean markUsed(long practice, UserId user, Instant now) {
        int added = jdbc.sql("INSERT IGNORE INTO practice_use (practice_id, user_id, marked_at) VALUES (?, ?, ?)")
                .params(practice, user.value(), utc(now)).update();
        if (added > 0) {
            jdbc.sql("UPDATE practice SET used_count = used_count + 1 WHERE id = ?").param(practice).update();
        }
        return added > 0;
    }

    boolean unmarkUsed(long practice, UserId user) {
        int removed = jdbc.sql("DELETE FROM practice_use WHERE practice_id = ? AND user_id = ?")
                .params(practice, user.value()).update();
        if (removed > 0) {
            jdbc.sql("UPDATE practice SET used_count = GREATEST(used_count - 1, 0) WHERE id = ?").param(practice).update();
        }
        return removed > 0;
    }

    boolean usedBy(long practice, UserId user) {
        return jdbc.sql("SELECT COUNT(*) FROM practice_use WHERE practice_id = ? AND user_id = ?")
                .params(practice, user.value()).query(Long.class).single() > 0;
    }

    // --- peer assist -----------------------------------------------------------------------------------

    long ask(long practice, UserId requester, UserId author, String question, Instant now) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO peer_assist_request (practice_id, requester_id, author_id, question, status, asked_at)
                        VALUES (?, ?, ?, ?, 'ASKED', ?)""")
                .params(practice, requester.value(), author.value(), question, utc(now)).update(keys, "id");
        return keys.getKey().longValue();
    }

    private static final String REQUEST_COLUMNS =
            "id, practice_id, requester_id, author_id, question, status, asked_at, answered_at";

    /** A request of which this person is one of the two sides. */
    Optional<RequestRow> request(long id, UserId party) {
        return jdbc.sql("SELECT " + REQUEST_COLUMNS + " FROM peer_assist_request WHERE id = ? AND (requester_id = ? OR author_id = ?)")
                .params(id, party.value(), party.value()).query((rs, n) -> request(rs)).optional();
    }

    List<RequestRow> requestsOf(UserId party) {
        return jdbc.sql("SELECT " + REQUEST_COLUMNS + " FROM peer_assist_request WHERE requester_id = ? OR author_id = ? ORDER BY asked_at DESC, id DESC")
                .params(party.value(), party.value()).query((rs, n) -> request(rs)).list();
    }

    Optional<PeerAssistStatus> latestRequestStatus(long practice, UserId requester) {
        return jdbc.sql("SELECT status FROM peer_assist_request WHERE practice_id = ? AND requester_id = ? ORDER BY id DESC LIMIT 1")
                .params(practice, requester.value()).query((rs, n) -> PeerAssistStatus.valueOf(rs.getString(1))).optional();
    }

    /** Answers a request still asked, by its author; false when it was answered already. */
    boolean answer(long id, UserId author, PeerAssistStatus status, Instant now) {
        return jdbc.sql("UPDATE peer_assist_request SET status = ?, answered_at = ? WHERE id = ? AND author_id = ? AND status = 'ASKED'")
                .params(status.name(), utc(now), id, author.value()).update() > 0;
    }

    Map<Long, String> titles(Collection<Long> practices) {
        if (practices.isEmpty()) {
            return Map.of();
        }
        Map<Long, String> titles = new HashMap<>();
        jdbc.sql("SELECT id, title, organisation_id FROM practice WHERE id IN (:ids)").param("ids", practices)
                .query((ResultSet rs) -> {
                    titles.put(rs.getLong(1), rs.getString(2));
                });
        return titles;
    }

    // --- mapping ---------------------------------------------------------------------------------------

    private static Map<String, Object> readerParams(Reader reader) {
        return Map.of("me", reader.me().value(), "org", reader.organisation().value(), "cohorts", reader.cohortIds());
    }

    private static PracticeRow practice(ResultSet rs) throws SQLException {
        long cohort = rs.getLong(4);
        return new PracticeRow(rs.getLong(1), userOrNull(rs, 2), new OrganisationId(rs.getLong(3)),
                rs.wasNull() ? null : new CohortId(cohort), rs.getString(5), rs.getString(6), rs.getString(7),
                rs.getString(8), rs.getString(9), Sharing.valueOf(rs.getString(10)),
                PracticeStatus.valueOf(rs.getString(11)), DbTime.instant(rs, 12), DbTime.instant(rs, 13), rs.getInt(14),
                rs.getString(15));
    }

    private static Hit hit(ResultSet rs) throws SQLException {
        return new Hit(rs.getLong(1), userOrNull(rs, 2), new OrganisationId(rs.getLong(3)), rs.getString(4),
                Sharing.valueOf(rs.getString(5)), PracticeStatus.valueOf(rs.getString(6)), DbTime.instant(rs, 7),
                rs.getInt(8), rs.getString(9));
    }

    private static RequestRow request(ResultSet rs) throws SQLException {
        return new RequestRow(rs.getLong(1), rs.getLong(2), new UserId(rs.getLong(3)), new UserId(rs.getLong(4)),
                rs.getString(5), PeerAssistStatus.valueOf(rs.getString(6)), DbTime.instant(rs, 7),
                DbTime.instantOrNull(rs, 8));
    }

    private static @Nullable UserId userOrNull(ResultSet rs, int column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : new UserId(value);
    }
}
