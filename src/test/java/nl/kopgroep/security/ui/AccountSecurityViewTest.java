package nl.kopgroep.security.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Clock;
import nl.kopgroep.DemoUsers;
import nl.kopgroep.KopgroepTest;
import nl.kopgroep.base.UserId;
import nl.kopgroep.base.ui.FormError;
import nl.kopgroep.security.SecondFactors;
import nl.kopgroep.security.TotpCodes;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** The security page: the previous sign-in, and turning two-factor sign-in on (QR, first code, recovery codes) and off. */
@KopgroepTest
@ViewPackages(packages = "nl.kopgroep")
class AccountSecurityViewTest extends SpringBrowserlessTest {

    private static final String EMAIL = "noor.mulder@voorbeeldstad.nl";

    @Autowired
    UserDetailsService users;
    @Autowired
    TotpCodes totp;
    @Autowired
    SecondFactors secondFactors;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Clock clock;

    private UserId user;

    @BeforeEach
    void signIn() {
        user = new UserId(jdbc.sql("SELECT id FROM app_user WHERE email = ?").param(EMAIL).query(Long.class).single());
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setSession(new MockHttpSession());
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request, new MockHttpServletResponse()));
        DemoUsers.signIn(users, EMAIL);
    }

    @AfterEach
    void signOut() {
        secondFactors.remove(user);
        RequestContextHolder.resetRequestAttributes();
        DemoUsers.signOut();
    }

    @Test
    void showsThePreviousSignIn() {
        jdbc.sql("DELETE FROM sign_in WHERE user_id = ?").param(user.value()).update();
        navigate(AccountSecurityView.class);
        assertThat($(Paragraph.class).withText("Dit is de eerste keer dat u inlogt (sinds Kopgroep dit bijhoudt).").exists()).isTrue();

        jdbc.sql("INSERT INTO sign_in (user_id, signed_in_at, client_address, device) VALUES (?, '2026-11-30 08:15:00', '192.0.2.7', 'Edge, Windows'),"
                + " (?, '2026-12-01 09:00:00', '192.0.2.8', 'Safari, iOS')").params(user.value(), user.value()).update();
        com.vaadin.flow.component.UI.getCurrent().navigate("");
        assertThat($(Paragraph.class).withClassName("last-sign-in").single().getText()).as("on the home page")
                .startsWith("Vorige keer ingelogd op 30 nov 2026, 09:15 vanaf 192.0.2.7 (Edge, Windows).");
        navigate(AccountSecurityView.class);
        assertThat($(Paragraph.class).withText("Op 30 nov 2026, 09:15 vanaf adres 192.0.2.7 (Edge, Windows).").exists())
                .as("the one before the current sign-in, in Amsterdam time: " + texts()).isTrue();
    }

    @Test
    void turnsTwoFactorSignInOnWithAFirstCodeAndShowsTheRecoveryCodesOnce() {
        navigate(AccountSecurityView.class);
        test($(Button.class).withText("Tweestapsverificatie aanzetten").single()).click();
        String secret = $(Span.class).withClassName("mfa-secret").single().getText().replace(" ", "");
        TextField code = $(TextField.class).withLabel("Code uit de app").single();

        test(code).setValue("12345");
        test($(Button.class).withText("Bevestigen").single()).click();
        assertThat($(FormError.class).single().getText()).isEqualTo(
                "Deze code klopt niet of is al gebruikt. Vul de nieuwste code uit de app in.");
        assertThat(code.getValue()).isEqualTo("12345");

        test(code).setValue(totp.codeAt(secret, clock.instant()));
        test($(Button.class).withText("Bevestigen").single()).click();
        assertThat($(ListItem.class).all()).hasSize(10);
        assertThat(secondFactors.enrolled(user)).isTrue();

        test($(Button.class).withText("Codes bewaard").single()).click();
        assertThat($(ListItem.class).all()).isEmpty();
        assertThat($(Paragraph.class).withText("Tweestapsverificatie staat aan. U heeft nog 10 ongebruikte herstelcode(s).")
                .exists()).isTrue();
        assertThat($(Span.class).withClassName("mfa-secret").all()).as("the secret is not shown again").isEmpty();

        // Turning it off takes a current code (the one used above is spent: the next step's code).
        test($(TextField.class).withLabel("Code uit uw app").single()).setValue(totp.codeAt(secret, clock.instant().plusSeconds(30)));
        test($(Button.class).withText("Tweestapsverificatie uitzetten").single()).click();
        assertThat(secondFactors.enrolled(user)).isFalse();
        assertThat($(Button.class).withText("Tweestapsverificatie aanzetten").exists()).isTrue();
    }

    private String texts() {
        return $(Paragraph.class).all().stream().map(Paragraph::getText).toList().toString();
    }
}
