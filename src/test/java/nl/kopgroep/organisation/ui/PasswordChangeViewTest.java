package nl.kopgroep.organisation.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.PasswordField;
import java.util.Set;
import java.util.UUID;
import nl.kopgroep.DemoUsers;
import nl.kopgroep.KopgroepTest;
import nl.kopgroep.base.ui.FormError;
import nl.kopgroep.organisation.AccountForm;
import nl.kopgroep.organisation.AccountService;
import nl.kopgroep.organisation.InvitationService;
import nl.kopgroep.security.KopgroepUser;
import nl.kopgroep.security.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

@KopgroepTest
@ViewPackages(packages = "nl.kopgroep")
class PasswordChangeViewTest extends SpringBrowserlessTest {

    private static final String PASSWORD = "een lang wachtwoord 2026";

    @Autowired org.springframework.jdbc.core.simple.JdbcClient mailJdbc;
    @Autowired UserDetailsService users;
    @Autowired AccountService accounts;
    @Autowired InvitationService invitations;
    @Autowired AuthenticationManager authenticationManager;

    private String email;

    @BeforeEach
    void aFreshAccountSignsIn() {
        email = "eigen-" + UUID.randomUUID().toString().substring(0, 8) + "@voorbeeldstad.nl";
        DemoUsers.signIn(users, DemoUsers.ADMIN);
        var organisation = ((KopgroepUser) SecurityContextHolder.getContext().getAuthentication().getPrincipal())
                .organisationId();
        var created = accounts.create(organisation, new AccountForm("Eigen Wachtwoord", email, Set.of(Role.PARTICIPANT)));
        DemoUsers.signOut();
        invitations.accept(nl.kopgroep.MailedLinks.invitation(mailJdbc, created.account().email()), PASSWORD, PASSWORD);
        DemoUsers.signIn(users, email);
    }

    @AfterEach
    void signOut() {
        DemoUsers.signOut();
    }

    @Test
    void aWrongCurrentPasswordIsRefusedAndEverythingTypedStays() {
        navigate(PasswordChangeView.class);
        PasswordField current = $(PasswordField.class).withLabel("Huidig wachtwoord").single();
        PasswordField password = $(PasswordField.class).withLabel("Nieuw wachtwoord").single();
        PasswordField repeat = $(PasswordField.class).withLabel("Herhaal het wachtwoord").single();
        test(current).setValue("niet mijn wachtwoord");
        test(password).setValue("heron tulp kanaal 1974 veerpont");
        test(repeat).setValue("heron tulp kanaal 1974 veerpont");
        test($(Button.class).withText("Wachtwoord wijzigen").single()).click();

        assertThat($(FormError.class).single().getText()).isEqualTo("Je huidige wachtwoord klopt niet.");
        assertThat(current.getValue()).isEqualTo("niet mijn wachtwoord");
        assertThat(password.getValue()).isEqualTo("heron tulp kanaal 1974 veerpont");
        assertThat(repeat.getValue()).isEqualTo("heron tulp kanaal 1974 veerpont");
    }

    @Test
    void theRightCurrentPasswordChangesIt() {
        navigate(PasswordChangeView.class);
        test($(PasswordField.class).withLabel("Huidig wachtwoord").single()).setValue(PASSWORD);
        test($(PasswordField.class).withLabel("Nieuw wachtwoord").single()).setValue("heron tulp kanaal 1974 veerpont");
        test($(PasswordField.class).withLabel("Herhaal het wachtwoord").single()).setValue("heron tulp kanaal 1974 veerpont");
        test($(Button.class).withText("Wachtwoord wijzigen").single()).click();

        assertThat($(Paragraph.class).withText("Je wachtwoord is gewijzigd. Op je andere apparaten ben je afgemeld.")
                .exists()).isTrue();
        assertThat(authenticationManager.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(email,
                "heron tulp kanaal 1974 veerpont")).isAuthenticated()).isTrue();
    }
}
