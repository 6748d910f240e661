package nl.kopgroep.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.server.ErrorEvent;
import java.sql.SQLTransientConnectionException;
import nl.kopgroep.KopgroepTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.CannotCreateTransactionException;

/** What a page says when its request fails: here, a moment without a database connection (issue 16). */
@KopgroepTest
@ViewPackages(packages = "nl.kopgroep")
class UiErrorHandlerTest extends SpringBrowserlessTest {

    @Autowired
    UiErrorHandler handler;

    @Test
    void aViewWithoutADatabaseConnectionAsksToTryAgainWithoutAnErrorCode() {
        handler.error(new ErrorEvent(new CannotCreateTransactionException("Could not open JPA EntityManager for transaction",
                new SQLTransientConnectionException("kopgroep - Connection is not available, request timed out after 10000ms"))));
        roundTrip();

        assertThat(test($(Notification.class).single()).getText())
                .isEqualTo("Kopgroep is even erg druk. Wat u invulde staat er nog: probeer het over een paar seconden opnieuw.")
                .doesNotContain("foutcode");
    }
}
