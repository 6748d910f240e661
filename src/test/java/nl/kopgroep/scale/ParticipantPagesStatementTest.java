package nl.kopgroep.scale;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.kopgroep.DemoUsers;
import nl.kopgroep.KopgroepTest;
import nl.kopgroep.StatementCounter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.annotation.Transactional;

/**
 * Issue 16: the pages of a participant's journey (home, programme, journal, goals), each rendered as the router shows it when
 * the participant clicks through the navigation (one HTTP request), read a fixed number of SQL statements, whatever the size of the
 * kopgroep and the number of entries, and no more than the bounds below (the home read 41 before the issue: the
 * participant's cohort with its people, eight statements through the entities, once for each section that needs it).
 */
@KopgroepTest
@Transactional
@com.vaadin.browserless.ViewPackages(packages = "nl.kopgroep")
class ParticipantPagesStatementTest extends com.vaadin.browserless.SpringBrowserlessTest {

    /** The most statements per page, coming from another page (the layout, two statements, is already there). */
    static final Map<String, Integer> BOUNDS = Map.of("", 14, "programma", 5, "dagboek", 6, "doelen", 10);

    @Autowired JdbcTemplate jdbc;
    @Autowired UserDetailsService users;
    @Autowired jakarta.persistence.EntityManager entityManager;

    @AfterEach
    void signOut() {
        DemoUsers.signOut();
    }

    @Test
    void aParticipantsPagesReadAFixedNumberOfStatements() {
        LocalDate today = LocalDate.now();
        ScaleData.municipality(jdbc, "pagina-klein", 5, 4, 24, today, 11);
        ScaleData.municipality(jdbc, "pagina-groot", 30, 40, 24, today, 12);

        Map<String, List<String>> small = pages("pagina-klein");
        Map<String, List<String>> large = pages("pagina-groot");

        large.forEach((page, sql) -> {
            assertThat(sql.size()).as("page /%s: as many statements with 30 participants and 40 entries each as with 5 "
                    + "and 4: %s", page, sql).isEqualTo(small.get(page).size());
            assertThat(sql.size()).as("page /%s: at most %d statements: %s", page, BOUNDS.get(page), sql)
                    .isLessThanOrEqualTo(BOUNDS.get(page));
        });
    }

    private Map<String, List<String>> pages(String municipality) {
        DemoUsers.signIn(users, ScaleData.participant(municipality));
        org.springframework.mock.web.MockHttpSession session = new org.springframework.mock.web.MockHttpSession();
        Map<String, List<String>> statements = new LinkedHashMap<>();
        for (String page : BOUNDS.keySet()) {
            // a first load in this session on this node (kept catalogue, the previous sign-in), then the measured one,
            // each time coming from another page of the layout, as the participant clicks through the navigation
            PageRequest.run(session, () -> open(page));
            entityManager.clear();
            PageRequest.run(session, () -> {
                cleanVaadinEnvironment();
                initVaadinEnvironment();
                return navigate(page.isEmpty() ? "programma" : "");
            });
            entityManager.clear();
            statements.put(page, PageRequest.run(session, () -> StatementCounter.count(() -> navigate(page)).sql()));
        }
        return statements;
    }

    private int open(String page) {
        cleanVaadinEnvironment();
        initVaadinEnvironment();
        navigate(page);
        return 0;
    }

    private static int navigate(String page) {
        com.vaadin.flow.component.UI.getCurrent().navigate(page);
        return 0;
    }
}
