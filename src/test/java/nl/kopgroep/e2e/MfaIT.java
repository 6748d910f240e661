package nl.kopgroep.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;
import com.microsoft.playwright.Locator;
import java.security.Key;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import javax.crypto.spec.SecretKeySpec;
import org.apache.commons.codec.binary.Base32;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/**
 * Two-factor sign-in end to end in the browser, with the installation default (ADMIN and MANAGER must use it):
 * the demo administrator is sent to enrolment right after the password and can open nothing else, scans (reads)
 * the key, confirms with a code computed here by java-otp as an authenticator app would, gets ten recovery codes,
 * and is signed in; later sign-ins ask for a code; a used code and a used recovery code are refused. Its own
 * application context, because the shared test context makes the second factor optional for everyone (shared with
 * {@link DemoProviderIT}, see {@link SecondContext}).
 */
@TestPropertySource(properties = {SecondContext.MFA_FOR_ADMIN_AND_MANAGER, SecondContext.DEMO_PROVIDER_ON_ANY_PORT})
// Its own context replaces the JVM-wide security-context strategy; later tests on the shared context need theirs back.
@org.junit.jupiter.api.extension.ExtendWith(nl.kopgroep.SecondApplicationStart.class)
class MfaIT extends BrowserTest {

    private static final String ADMIN = "beheer@voorbeeldstad.nl";
    private static final String WRONG_OR_USED = "Deze code klopt niet of is al gebruikt";

    @Test
    void administratorEnrolsAtFirstSignInThenSignsInWithCodesAndRecoveryCodes() throws Exception {
        password(ADMIN);
        waitForUrl(".*/inloggen/tweestapsverificatie$");
        waitFor(".mfa-qr svg");
        checkPage("two-factor enrolment");

        // Nothing else opens before the enrolment is done: the person is not signed in yet.
        open("beheer");
        waitForUrl(".*/login$");
        open("inloggen/tweestapsverificatie");
        String secret = waitFor(".mfa-secret").innerText().replace(" ", "");
        assertThat(secret).matches("[A-Z2-7]{32}");

        code().fill("000000".equals(totp(secret, 0)) ? "111111" : "000000");
        button("Bevestigen").click();
        waitForText(WRONG_OR_USED);
        code().fill(totp(secret, 0));
        button("Bevestigen").click();
        Locator recoveryCodes = page.locator(".mfa-recovery-codes li");
        recoveryCodes.first().waitFor();
        List<String> recovery = recoveryCodes.allInnerTexts();
        assertThat(recovery).hasSize(10);
        checkPage("recovery codes");
        button("Codes bewaard, verder").click();
        // Signed in now, and on the page asked for before the enrolment.
        waitForUrl(".*/beheer(\\?continue)?$");
        waitFor(".admin-page vaadin-grid");

        signOut();
        password(ADMIN);
        waitForUrl(".*/inloggen/code$");
        waitFor(".mfa-page");
        checkPage("two-factor code");
        // The enrolment used this step's code; an app shows the next one half a minute later (accepted: clock drift).
        String next = totp(secret, 1);
        code().fill(next);
        button("Inloggen").click();
        waitForUrl(".*/$");
        waitFor(".admin-home");

        signOut();
        password(ADMIN);
        waitForUrl(".*/inloggen/code$");
        code().fill(next);
        button("Inloggen").click();
        waitForText(WRONG_OR_USED);
        assertThat(page.url()).endsWith("/inloggen/code");
        assertThat(code().inputValue()).as("what was typed stays").isEqualTo(next);
        code().fill(recovery.get(0));
        button("Inloggen").click();
        waitForUrl(".*/$");
        waitFor(".admin-home");

        signOut();
        password(ADMIN);
        waitForUrl(".*/inloggen/code$");
        code().fill(recovery.get(0));
        button("Inloggen").click();
        waitForText(WRONG_OR_USED);
        code().fill(recovery.get(1));
        button("Inloggen").click();
        waitForUrl(".*/$");
        open("beveiliging");
        waitForText("U heeft nog 8 ongebruikte herstelcode(s).");
    }

    private void password(String email) {
        open("login");
        typeCredentials(email, DEMO_PASSWORD);
        page.waitForURL(address -> !address.contains("/login"));
        waitForVaadin();
    }

    private Locator code() {
        return page.locator("vaadin-text-field.mfa-code input");
    }

    private void signOut() {
        page.locator(".user-menu vaadin-menu-bar-button").first().click();
        withText("vaadin-menu-bar-item", "Uitloggen").click();
        waitForUrl(".*/login$");
    }

    /** axe-core at desktop and phone width, and nothing sticking out sideways on the phone. */
    private void checkPage(String name) {
        assertAccessible(name);
        phoneWidth();
        assertAccessible(name);
        assertNoHorizontalScroll(name);
        page.setViewportSize(DESKTOP_WIDTH, 900);
        settle();
    }

    /** What an authenticator app shows for the secret, {@code steps} time steps from now (RFC 6238, java-otp). */
    private static String totp(String base32Secret, int steps) throws Exception {
        TimeBasedOneTimePasswordGenerator generator = new TimeBasedOneTimePasswordGenerator();
        Key key = new SecretKeySpec(new Base32().decode(base32Secret), generator.getAlgorithm());
        return generator.generateOneTimePasswordString(key,
                Instant.now().plus(Duration.ofSeconds(30L * steps)), Locale.ROOT);
    }
}
