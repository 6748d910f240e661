package nl.kopgroep.organisation.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import java.time.Instant;
import java.util.UUID;
import nl.kopgroep.DemoUsers;
import nl.kopgroep.KopgroepTest;
import nl.kopgroep.base.DbTime;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Niet bezorgde e-mail: the administrator sees who, which address, what, when and why, and sends it again. */
@KopgroepTest
@ViewPackages(packages = "nl.kopgroep")
class MailFailuresViewTest extends SpringBrowserlessTest {

    @Autowired UserDetailsService users;
    @Autowired JdbcClient jdbc;

    private long failed;

    @BeforeEach
    void aFailedMail() {
        String messageId = "<" + UUID.randomUUID() + "@test.example>";
        jdbc.sql("""
                        INSERT INTO mail_outbox (recipient_id, organisation_id, address, topic, locale, subject, text_body, html_body,
                            message_id, status, attempts, next_attempt_at, created_at, last_error)
                        SELECT u.id, u.organisation_id, 'deelnemer@voorbeeldstad.nl', 'FEEDBACK', 'nl-NL', 'Reacties', 'tekst',
                            '<p>tekst</p>', ?, 'FAILED', 1, ?, ?, '550 5.1.1 user unknown'
                        FROM app_user u WHERE u.email = ?""")
                .param(messageId).param(DbTime.utc(Instant.now())).param(DbTime.utc(Instant.now()))
                .param(DemoUsers.PARTICIPANT).update();
        failed = jdbc.sql("SELECT id FROM mail_outbox WHERE message_id = ?").param(messageId).query(Long.class).single();
        DemoUsers.signIn(users, DemoUsers.ADMIN);
    }

    @AfterEach
    void cleanUp() {
        DemoUsers.signOut();
        jdbc.sql("DELETE FROM mail_outbox WHERE id = ?").param(failed).update();
    }

    @SuppressWarnings("unchecked")
    @Test
    void theAdministratorSeesTheFailedMailAndPutsItBackInTheQueue() {
        navigate(MailFailuresView.class);
        Grid<?> grid = $(Grid.class).single();
        int row = -1;
        for (int i = 0; i < test(grid).size(); i++) {
            if (test(grid).getCellText(i, 4).contains("user unknown") && test(grid).getCellText(i, 2).equals("Reacties van je coach")) {
                row = i;
            }
        }
        assertThat(row).isNotNegative();
        assertThat(test(grid).getCellText(row, 1)).isEqualTo(DemoUsers.PARTICIPANT);
        assertThat(test(grid).getCellText(row, 0)).isNotBlank();

        Button retry = (Button) test(grid).getCellComponent(row, 5);
        assertThat(retry.getElement().getAttribute("aria-label")).startsWith("Opnieuw versturen aan ");
        test(retry).click();
        assertThat(jdbc.sql("SELECT status FROM mail_outbox WHERE id = ?").param(failed).query(String.class).single())
                .isEqualTo("PENDING");
        assertThat($(Span.class).all().stream().map(Span::getText)).anyMatch(text -> text.startsWith("De mail aan "));
        // Back in the queue: nobody should send it in this test.
        jdbc.sql("UPDATE mail_outbox SET status = 'FAILED' WHERE id = ?").param(failed).update();
    }
}
