package nl.kopgroep.sessions;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.kopgroep.DemoUsers;
import nl.kopgroep.KopgroepTest;
import nl.kopgroep.base.MunicipalRole;
import nl.kopgroep.base.OrganisationId;
import nl.kopgroep.base.UserId;
import nl.kopgroep.privacy.ErasureSubject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.annotation.Transactional;

/** A participant's sign-ups, cases and calendar feeds in their download (never the token), and gone at erasure. */
@KopgroepTest
@Transactional
class SessionPersonalDataTest {

    @Autowired SessionPersonalData personalData;
    @Autowired SessionService sessions;
    @Autowired SessionPlanningService planning;
    @Autowired CalendarFeedService feeds;
    @Autowired UserDetailsService users;
    @Autowired JdbcClient jdbc;

    @AfterEach
    void signOut() {
        DemoUsers.signOut();
    }

    @Test
    void exportAndErasure() {
        UserId sanne = SessionFixture.idOf(jdbc, DemoUsers.PARTICIPANT);
        ErasureSubject subject = new ErasureSubject(sanne, new OrganisationId(SessionFixture.organisationId(jdbc,
                "voorbeeldstad")), "Sanne de Vries", DemoUsers.PARTICIPANT, false, null);
        long casesBefore = personalData.erasureCounts(subject).getOrDefault("sessions.cases", 0L);
        DemoUsers.signIn(users, DemoUsers.ADMIN);
        SessionForm form = SessionFixture.workshop("Casus voor de download", 5);
        form.setKind(SessionKind.CASUSWORKSHOP);
        SessionId session = planning.plan(form);
        DemoUsers.signIn(users, DemoUsers.PARTICIPANT);
        sessions.signUp(session);
        sessions.submitCase(session, new CaseForm("Mijn situatie", "Mijn vraag", MunicipalRole.PRESTEREND));
        String path = feeds.newFeed();

        Map<String, List<Map<String, Object>>> export = export();
        assertThat(export.get("sessions.signups")).extracting(r -> r.get("title")).contains("Casus voor de download");
        assertThat(export.get("sessions.cases")).extracting(r -> r.get("question")).contains("Mijn vraag");
        assertThat(export.get("sessions.feeds")).hasSize(1);
        assertThat(export.toString()).doesNotContain(path.substring("/kalender/".length(), path.length() - 4));

        assertThat(personalData.erasureCounts(subject).get("sessions.cases")).isEqualTo(casesBefore + 1);
        personalData.erase(subject);
        assertThat(personalData.erasureCounts(subject).values()).allMatch(n -> n == 0);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM planned_session WHERE id = ?").param(session.value())
                .query(Long.class).single()).as("the session stays").isOne();
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
}
