package nl.kopgroep.knowledge;

import static nl.kopgroep.knowledge.KnowledgeFixture.DAAN;
import static nl.kopgroep.knowledge.KnowledgeFixture.IRIS;
import static nl.kopgroep.knowledge.KnowledgeFixture.form;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.kopgroep.DemoUsers;
import nl.kopgroep.KopgroepTest;
import nl.kopgroep.base.OrganisationId;
import nl.kopgroep.base.UserId;
import nl.kopgroep.privacy.ErasureSubject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;

/** The kennisbank's personal data: the download, and erasure (practices shared with all go too; docs/privacy.md). */
@KopgroepTest
class KnowledgePersonalDataTest {

    @Autowired KnowledgePersonalData personalData;
    @Autowired PracticeService practices;
    @Autowired KnowledgeService knowledge;
    @Autowired PeerAssistService peerAssist;
    @Autowired UserDetailsService users;
    @Autowired JdbcClient jdbc;

    @AfterEach
    void cleanUp() {
        DemoUsers.signOut();
        KnowledgeFixture.cleanUp(jdbc);
    }

    @Test
    void theDownloadHoldsPracticesDraftsReactionsMarksAndRequests() {
        as(IRIS);
        long practice = practices.publish(form("Export Kraanvogel", "Kraanvogel.", Sharing.ALL));
        practices.saveDraft(null, form("Export concept", "nog niet af", Sharing.ALL));
        as(DAAN);
        knowledge.react(practice, "Mooi voorbeeld.");
        knowledge.markUsed(practice);
        peerAssist.ask(practice, "Mag ik bellen?");

        as(IRIS);
        Map<String, List<Map<String, Object>>> iris = export();
        assertThat(iris.get("knowledge.practices")).anyMatch(r -> r.get("practice").equals(practice)
                && r.get("lessons").equals("Kraanvogel.") && r.get("sharing").equals("ALL"));
        assertThat(iris.get("knowledge.drafts")).anyMatch(r -> String.valueOf(r.get("title")).contains("Export concept"));
        assertThat(iris.get("knowledge.peerAssist")).anyMatch(r -> r.get("direction").equals("ASKED_OF_ME"));
        as(DAAN);
        Map<String, List<Map<String, Object>>> daan = export();
        assertThat(daan.get("knowledge.reactions")).anyMatch(r -> r.get("body").equals("Mooi voorbeeld."));
        assertThat(daan.get("knowledge.used")).anyMatch(r -> r.get("practice").equals(practice));
        assertThat(daan.get("knowledge.peerAssist")).anyMatch(r -> r.get("direction").equals("ASKED_BY_ME"));
    }

    @Test
    void erasureRemovesTheAuthorsPracticesEvenSharedWithAllAndKeepsTheirReactionsWithoutName() {
        as(DAAN);
        long daans = practices.publish(form("Erase Daan Kraanvogel", "Kraanvogel.", Sharing.ALL));
        as(IRIS);
        long iris = practices.publish(form("Erase Iris Kraanvogel", "Kraanvogel.", Sharing.ALL));
        as(DAAN);
        knowledge.react(iris, "Reactie van Daan.");
        knowledge.markUsed(iris);
        DemoUsers.signOut();

        long daan = KnowledgeFixture.idOf(jdbc, DAAN);
        ErasureSubject subject = new ErasureSubject(new UserId(daan), new OrganisationId(jdbc.sql(
                "SELECT organisation_id FROM app_user WHERE id = ?").param(daan).query(Long.class).single()),
                "Daan Jansen", DAAN, false, null);
        Map<String, Long> counts = personalData.erasureCounts(subject);
        assertThat(counts.get("knowledge.practices")).isGreaterThanOrEqualTo(1);
        assertThat(counts.get("knowledge.reactionsAnonymised")).isGreaterThanOrEqualTo(1);
        personalData.erase(subject);
        assertThat(count("SELECT COUNT(*) FROM practice WHERE id = ?", daans)).isZero();
        assertThat(count("SELECT COUNT(*) FROM practice WHERE author_id = ?", daan)).isZero();
        assertThat(count("SELECT COUNT(*) FROM practice_reaction WHERE practice_id = ? AND author_id IS NULL", iris)).isOne();
        assertThat(count("SELECT used_count FROM practice WHERE id = ?", iris)).isZero();
        as(IRIS);
        assertThat(knowledge.practice(iris).reactions()).extracting(Practice.Reaction::authorName).containsExactly("");
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

    private void as(String email) {
        DemoUsers.signIn(users, email);
    }
}
