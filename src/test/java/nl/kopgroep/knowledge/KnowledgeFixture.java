package nl.kopgroep.knowledge;

import java.util.List;
import java.util.Set;
import nl.kopgroep.base.MunicipalRole;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Test helpers for the kennisbank. MariaDB's FULLTEXT index sees only committed rows, so the kennisbank's tests run
 * without a surrounding transaction and remove what they wrote: every test practice's title starts with
 * {@link #MARK}.
 */
final class KnowledgeFixture {

    static final String MARK = "Toets: ";
    static final String IRIS = nl.kopgroep.DemoUsers.LINDENDAL_PARTICIPANT;
    static final String DAAN = "daan.jansen@voorbeeldstad.nl";

    private KnowledgeFixture() {
    }

    static PracticeForm form(String title, String lessons, Sharing sharing) {
        return new PracticeForm(MARK + title, "We wilden de bewoners eerder betrekken bij de plannen.",
                "Er kwamen vooral mensen die al actief waren in de wijk.", "We nodigden uit via de gebruikelijke kanalen.",
                lessons, sharing, List.of(), Set.of(), List.of(), List.of());
    }

    static PracticeForm tagged(PracticeForm form, Set<MunicipalRole> roles, List<String> competencies, List<String> partners) {
        return new PracticeForm(form.title(), form.intention(), form.happened(), form.difference(), form.lessons(),
                form.sharing(), form.themes(), roles, competencies, partners);
    }

    static void cleanUp(JdbcClient jdbc) {
        jdbc.sql("DELETE FROM notification WHERE kind LIKE 'PEER_ASSIST%' AND target_id IN "
                + "(SELECT r.id FROM peer_assist_request r JOIN practice p ON p.id = r.practice_id WHERE p.title LIKE 'Toets:%')").update();
        jdbc.sql("DELETE FROM practice WHERE title LIKE 'Toets:%'").update();
        jdbc.sql("DELETE FROM practice_draft WHERE title LIKE 'Toets:%'").update();
    }

    static long idOf(JdbcClient jdbc, String email) {
        return jdbc.sql("SELECT id FROM app_user WHERE email = ?").param(email).query(Long.class).single();
    }
}
