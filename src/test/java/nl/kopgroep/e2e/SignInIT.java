package nl.kopgroep.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Signing in as each demo role, in a real browser, with an accessibility check on every page. */
class SignInIT extends BrowserTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    void loginPageIsDutchAndAccessible() {
        open("login");
        waitFor("vaadin-login-form");
        assertThat(driver.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("nl");
        assertThat(driver.getTitle()).isEqualTo("Inloggen – Kopgroep");
        assertThat(pageText()).contains("Inloggen", "E-mailadres", "Wachtwoord");
        assertAccessible("login");
    }

    @ParameterizedTest(name = "{0} lands on the {1} home")
    @CsvSource({
            "deelnemer@voorbeeldstad.nl, participant-home, Mijn kopgroep",
            "coach@voorbeeldstad.nl, coach-home, Mijn coachees",
            "manager@voorbeeldstad.nl, manager-home, Kopgroepen van mijn organisatie",
            "beheer@voorbeeldstad.nl, admin-home, Aandacht nodig",
            "deelnemer@lindendal.nl, participant-home, Mijn kopgroep"})
    void eachDemoAccountLandsOnItsHome(String email, String sectionClass, String heading) {
        signIn(email, DEMO_PASSWORD);
        WebElement section = waitFor("." + sectionClass);
        assertThat(section.getText()).contains(heading);
        assertThat(driver.getCurrentUrl()).isEqualTo(url(""));
        assertAccessible("home of " + email);
    }

    @Test
    void participantSeesCohortAndCoach() {
        signIn("deelnemer@voorbeeldstad.nl", DEMO_PASSWORD);
        String text = waitFor(".participant-home").getText();
        assertThat(text).contains("Kopgroep Voorbeeldstad 1", "Marieke Jansen", "Maand 9 van 24");
        assertThat(driver.findElements(By.cssSelector(".coach-home, .manager-home, .admin-home"))).isEmpty();
    }

    @Test
    void participantCannotOpenAdministration() {
        signIn("deelnemer@voorbeeldstad.nl", DEMO_PASSWORD);
        open("beheer");
        assertThat(driver.findElements(By.cssSelector(".admin-page"))).isEmpty();
        assertThat(pageText()).doesNotContain("Gebruikers", "Available routes")
                .contains("Deze pagina bestaat niet of u heeft er geen toegang toe");
    }

    @Test
    void adminOpensAdministrationAndItIsAccessible() {
        signIn("beheer@voorbeeldstad.nl", DEMO_PASSWORD);
        open("beheer");
        waitFor(".admin-page vaadin-grid");
        assertThat(pageText()).contains("Gebruikers", "Kopgroepen", "Sanne de Vries");
        assertAccessible("beheer");
        driver.findElement(By.linkText("Kopgroepen")).click();
        wait.until(d -> d.getCurrentUrl().endsWith("/beheer/kopgroepen"));
        waitForVaadin();
        assertThat(pageText()).contains("Kopgroep Voorbeeldstad 1", "Marieke Jansen");
        assertAccessible("beheer/kopgroepen");
    }

    @Test
    void anonymousVisitorIsSentToLogin() {
        open("beheer");
        wait.until(d -> d.getCurrentUrl().endsWith("/login"));
        waitFor("vaadin-login-form");
    }

    @Test
    void sessionIdChangesAtSignIn() {
        open("login");
        waitFor("vaadin-login-form");
        String before = driver.manage().getCookieNamed("JSESSIONID").getValue();
        signIn("deelnemer@voorbeeldstad.nl", DEMO_PASSWORD);
        waitFor(".participant-home");
        Cookie after = driver.manage().getCookieNamed("JSESSIONID");
        assertThat(after.getValue()).isNotEqualTo(before);
        assertThat(after.isHttpOnly()).isTrue();
    }

    @Test
    void wrongPasswordShowsDutchMessageAndRepeatedFailuresAreThrottled() {
        String email = "sem.vermeulen@lindendal.nl";
        for (int attempt = 1; attempt <= 5; attempt++) {
            open("login");
            typeCredentials(email, "verkeerd-wachtwoord");
            wait.until(d -> d.getCurrentUrl().contains("error"));
            waitForVaadin();
            assertThat(pageText()).contains("Inloggen mislukt");
            wait.until(d -> email.equals(d.findElement(By.cssSelector("#vaadinLoginUsername input")).getDomProperty("value")));
        }
        open("login");
        typeCredentials(email, DEMO_PASSWORD);
        wait.until(d -> d.getCurrentUrl().contains("error"));
        waitForVaadin();
        assertThat(pageText()).contains("Te veel mislukte pogingen");
        jdbc.sql("DELETE FROM login_failure WHERE subject = ?").param(email).update();
    }

    @Test
    void deactivatedUsersSessionEnds() {
        String email = "yara.dekker@lindendal.nl";
        signIn(email, DEMO_PASSWORD);
        waitFor(".participant-home");
        jdbc.sql("UPDATE app_user SET active = false WHERE email = ?").param(email).update();
        try {
            driver.navigate().refresh();
            wait.until(d -> d.getCurrentUrl().endsWith("/login"));
            waitFor("vaadin-login-form");
        } finally {
            jdbc.sql("UPDATE app_user SET active = true WHERE email = ?").param(email).update();
        }
    }

    @Test
    void signOutFromUserMenu() {
        signIn("coach@voorbeeldstad.nl", DEMO_PASSWORD);
        waitFor(".coach-home");
        driver.findElement(By.cssSelector(".user-menu vaadin-menu-bar-button")).click();
        WebElement logout = wait.until(ExpectedConditions.elementToBeClickable(
                By.xpath("//vaadin-menu-bar-item[contains(., 'Uitloggen')]")));
        logout.click();
        wait.until(d -> d.getCurrentUrl().endsWith("/login"));
        open("");
        wait.until(d -> d.getCurrentUrl().endsWith("/login"));
    }

    @Test
    void languageCanBeSwitchedToEnglish() {
        open("login");
        WebElement select = waitFor("vaadin-select.language-switch");
        select.click();
        wait.until(ExpectedConditions.elementToBeClickable(By.xpath("//vaadin-select-item[contains(., 'English')]"))).click();
        wait.until(d -> "en".equals(((org.openqa.selenium.JavascriptExecutor) d)
                .executeScript("return document.documentElement.lang")));
        waitForVaadin();
        waitFor("vaadin-login-form");
        assertThat(pageText()).contains("Sign in", "E-mail address");
        assertAccessible("login (English)");
    }

    private void typeCredentials(String email, String password) {
        WebElement user = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#vaadinLoginUsername input")));
        user.sendKeys(Keys.chord(Keys.CONTROL, "a"), email);
        driver.findElement(By.cssSelector("#vaadinLoginPassword input")).sendKeys(password, Keys.ENTER);
    }
}
