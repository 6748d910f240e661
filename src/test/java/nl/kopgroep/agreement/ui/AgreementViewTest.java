package nl.kopgroep.agreement.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.upload.Upload;
import nl.kopgroep.DemoUsers;
import nl.kopgroep.KopgroepTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

@KopgroepTest
@ViewPackages(packages = "nl.kopgroep")
class AgreementViewTest extends SpringBrowserlessTest {

    @Autowired UserDetailsService users;

    @AfterEach
    void signOut() {
        DemoUsers.signOut();
    }

    @Test
    void participantReadsTheTreeButCannotImport() {
        DemoUsers.signIn(users, DemoUsers.PARTICIPANT);
        navigate(AgreementView.class);
        assertThat($(Details.class).all()).hasSizeBetween(5, 6);
        assertThat($(Upload.class).exists()).isFalse();
    }

    @Test
    void managerSeesEveryProblemOfABrokenFileWithItsLine() {
        DemoUsers.signIn(users, DemoUsers.MANAGER);
        AgreementView view = navigate(AgreementView.class);
        assertThat($(Upload.class).exists()).isTrue();
        view.showPreview("kapot.yaml", """
                agreement:
                  title: Kapot
                  period: { from: 2026-05-01, to: 2025-01-01 }
                themes:
                  - code: A
                    titel: Fout
                """);
        String text = view.getElement().getTextRecursively();
        assertThat(text).contains("Niet in te lezen", "Regel 3:", "Regel 6: Onbekend veld titel");
    }
}
