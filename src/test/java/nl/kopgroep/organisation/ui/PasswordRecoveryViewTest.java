package nl.kopgroep.organisation.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import java.util.Set;
import java.util.UUID;
import nl.kopgroep.DemoUsers;
import nl.kopgroep.KopgroepTest;
import nl.kopgroep.MailedLinks;
import nl.kopgroep.base.ui.FormError;
import nl.kopgroep.organisation.AccountForm;
import nl.kopgroep.organisation.AccountService;
import nl.kopgroep.organisation.InvitationService;
import nl.kopgroep.organisation.OrganisationService;
import nl.kopgroep.security.Role;
import nl.kopgroep.security.ui.LoginView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;

/** "Wachtwoord vergeten?" from the sign-in page: one answer for every address, typed text kept on a refusal. */
@KopgroepTest
@ViewPackages(packages = "nl.kopgroep")
class PasswordRecoveryViewTest extends SpringBrowserlessTest {

    private static final String PASSWORD = "een lang wachtwoord 2026";

    @Autowired JdbcClient jdbc;
    @Autowired UserDetailsService users;
    @Autowired AccountService accounts;
    @Autowired InvitationService invitations;
    @Autowired OrganisationService organisations;

    @BeforeEach
    void anonymous() {
        DemoUsers.signInAnonymously();
    }

    @AfterEach
    void signOut() {
        DemoUsers.signOut();
    }

    @Test
    void theSignInPageLinksToIt() {
        navigate(LoginView.class);
        // The address comes first (issue 13); the password step, with the link, follows for a password address.
        test($(EmailField.class).withLabel("E-mailadres").single()).setValue(DemoUsers.COACH);
        test($(Button.class).withText("Verder").single()).click();
        Anchor forgot = $(Anchor.class).withText("Wachtwoord vergeten?").single();
        assertThat(forgot.getHref()).isEqualTo("wachtwoord-vergeten");
    }

    @Test
    void aKnownAndAnUnknownAddressGetTheSameAnswer() {
        String known = recoveryPage(DemoUsers.COACH);
        String unknown = recoveryPage("niemand-" + UUID.randomUUID().toString().substring(0, 8) + "@voorbeeldstad.nl");
        assertThat(known).isEqualTo(unknown).contains("Als dit adres bij ons bekend is, ontvang je binnen enkele minuten een mail");
    }

    @Test
    void somethingThatIsNotAnAddressIsRefusedAndStaysTyped() {
        navigate(PasswordRecoveryView.class);
        EmailField email = $(EmailField.class).withLabel("E-mailadres").single();
        test(email).setValue("geen-adres");
        test($(Button.class).withText("Link aanvragen").single()).click();
        assertThat($(FormError.class).single().getText()).contains("geen-adres");
        assertThat(email.getValue()).isEqualTo("geen-adres");
        assertThat($(Paragraph.class).withClassName("recovery-sent").exists()).isFalse();
    }

    @Test
    void theMailedLinkOpensAFormForTheNewPassword() {
        DemoUsers.signIn(users, DemoUsers.ADMIN);
        String address = "vergeten-" + UUID.randomUUID().toString().substring(0, 8) + "@voorbeeldstad.nl";
        var organisation = organisations.administrableOrganisations().stream()
                .filter(o -> o.code().equals("voorbeeldstad")).findFirst().orElseThrow().id();
        accounts.create(organisation, new AccountForm("Vera Vergeten", address, Set.of(Role.PARTICIPANT)));
        DemoUsers.signOut();
        invitations.accept(MailedLinks.invitation(jdbc, address), PASSWORD, PASSWORD);
        DemoUsers.signInAnonymously();
        recoveryPage(address);
        String token = MailedLinks.passwordReset(jdbc, address);

        navigate("wachtwoord-herstellen/" + token, PasswordResetView.class);
        assertThat($(Paragraph.class).withText("Hallo Vera Vergeten. Kies hier een nieuw wachtwoord voor " + address
                + ". Daarna word je op alle apparaten afgemeld.").exists()).isTrue();
        PasswordField password = $(PasswordField.class).withLabel("Wachtwoord").single();
        PasswordField repeat = $(PasswordField.class).withLabel("Herhaal het wachtwoord").single();
        test(password).setValue("een nieuwe lange zin");
        test(repeat).setValue("een andere lange zin");
        test($(Button.class).withText("Wachtwoord opslaan").single()).click();
        assertThat($(FormError.class).single().getText()).isEqualTo("De twee wachtwoorden zijn niet gelijk.");
        assertThat(password.getValue()).isEqualTo("een nieuwe lange zin");
        test(repeat).setValue("een nieuwe lange zin");
        test($(Button.class).withText("Wachtwoord opslaan").single()).click();
        assertThat($(Paragraph.class).withText("Uw wachtwoord is opgeslagen. U kunt nu inloggen.").exists()).isTrue();

        navigate("wachtwoord-herstellen/" + token, PasswordResetView.class);
        assertThat($(Paragraph.class).withText("Deze link is niet (meer) geldig. Vraag een nieuwe link aan via "
                + "\"Wachtwoord vergeten?\" op de inlogpagina, of vraag je programmabeheerder om hulp.").exists())
                .as("used once").isTrue();
    }

    private String recoveryPage(String address) {
        navigate(PasswordRecoveryView.class);
        test($(EmailField.class).withLabel("E-mailadres").single()).setValue(address);
        test($(Button.class).withText("Link aanvragen").single()).click();
        return $(Paragraph.class).withClassName("recovery-sent").single().getText();
    }
}
