package nl.kopgroep.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Every page of every role, at a desktop's width and at a phone's: axe-core finds no serious or critical
 * WCAG 2.1 A/AA violation, and on the phone nothing scrolls sideways. Each test lists all problems of its
 * role at once. (The set-up and invitation pages need a one-time token and are covered by their view tests; the
 * two-factor sign-in pages need a pending sign-in and are checked the same way in {@link MfaIT}.)
 */
class PageSweepIT extends BrowserTest {

    private final List<String> problems = new ArrayList<>();

    @AfterEach
    void noProblems() {
        assertThat(String.join("\n", problems)).isEmpty();
    }

    @Test
    void loginPage() {
        open("login");
        waitFor("#login-email");
        check("login");
    }

    @Test
    void passwordRecoveryPage() {
        visit("wachtwoord-vergeten", "vaadin-email-field");
    }

    @Test
    void participantPages() {
        signIn("deelnemer@voorbeeldstad.nl", DEMO_PASSWORD);
        waitFor(".participant-home");
        check("participant home");
        visit("programma", ".timeline");
        follow("a[href^='programma/module/']", "module");
        follow("a[href^='programma/les/']", "lesson");
        visit("programma/competenties", ".competency-level");
        visit("dagboek", "h1");
        follow(".entry-list a", "journal entry");
        visit("dagboek/schrijven", "vaadin-text-area");
        visit("doelen", "h1");
        visit("rollenbalans", ".balance-chart svg");
        visit("competentiescan", ".scan-growth-chart svg");
        visit("competentiescan/ronde/1", ".scan-comparison vaadin-grid");
        visit("verbindingskaart", ".map-drawing svg");
        follow("a[href^='verbindingskaart/kopgroep/']", "a fellow's map shared with the group");
        visit("bijeenkomsten", ".sessions-page vaadin-grid");
        follow(".sessions-page a[href^='bijeenkomsten/']", "session page");
        visit("kennisbank", ".practice-list");
        follow(".practice-card a", "a practice in the kennisbank");
        visit("kennisbank/schrijven", "vaadin-text-area");
        visit("kennisbank/mijn", ".peer-assist-list");
        visit("wachtwoord-wijzigen", ".password-change-page vaadin-password-field");
        visit("mijn-gegevens", "a.download-link");
        visit("meldingen", ".mail-settings vaadin-radio-group");
        visit("samenwerking", ".joint-goals vaadin-select");
        visit("rolmodellen", ".role-model-card vaadin-text-area");
        visit("beveiliging", ".second-factor");
        button("Tweestapsverificatie aanzetten").click();
        waitFor(".mfa-qr svg");
        check("/beveiliging (turning two-factor sign-in on)");
    }

    @Test
    void coachPages() {
        signIn("coach@voorbeeldstad.nl", DEMO_PASSWORD);
        waitFor(".coach-home");
        check("coach home");
        follow("a[href^='doelen/coachee/']", "coachee goals");
        open("");
        follow("a[href^='coach/rollenbalans/']", "coachee role balance");
        open("");
        follow("a[href^='coach/competentiescan/']", "coachee competency scan");
        open("");
        follow("a.scan-awaiting", "coachee competency scan round to fill in");
        open("");
        waitFor(".coach-home");
        follow("a[href^='coach/verbindingskaart/']", "coachee's connection map");
        open("");
        follow(".facilitating-home a[href^='beheer/bijeenkomsten/']", "a session the coach facilitates");
        visit("kennisbank", ".practice-list");
        follow(".practice-card a", "a practice in the kennisbank, for a coach");
        visit("coach", "h1");
        follow(".coach-queue a", "coach entry");
    }

    @Test
    void managerPages() {
        signIn("manager@voorbeeldstad.nl", DEMO_PASSWORD);
        waitFor(".manager-home");
        check("manager home");
        visit("management", ".svg-chart svg");
        visit("management/competenties", ".scan-aggregate vaadin-grid");
        visit("management/bijeenkomsten", ".sessions-statistics-page vaadin-grid");
        visit("akkoord", "vaadin-details.agreement-theme");
        visit("doelen/per-afspraak", ".commitment-goals");
        visit("management/rollenbalans", ".balance-chart svg");
        visit("management/samenwerking", ".joint-dashboard-opgave vaadin-grid");
        visit("rolmodellen/verzoeken", "h1");
        open("management");
        // A theme's goals are built when it is first opened.
        var themes = page.locator("vaadin-details.management-theme");
        String goal = "";
        for (int i = 0; i < themes.count() && goal.isEmpty(); i++) {
            themes.nth(i).locator("vaadin-details-summary").click();
            themes.nth(i).locator(".commitment-progress").first().waitFor();
            var links = themes.nth(i).locator("a[href^='management/doel/']");
            goal = links.count() > 0 ? links.first().getAttribute("href") : "";
        }
        assertThat(goal).as("a work goal to drill down to").isNotEmpty();
        visit(goal, "main.management-goal-page h2");
    }

    @Test
    void adminPages() {
        signIn("beheer@voorbeeldstad.nl", DEMO_PASSWORD);
        waitFor(".admin-home");
        check("admin home");
        visit("beheer", ".admin-page");
        visit("beheer/kopgroepen", "h1");
        visit("beheer/gemeente", "h1");
        visit("beheer/logboek", "h1");
        visit("beheer/programma", "h1");
        visit("beheer/e-mail", ".admin-page h1");
        visit("beheer/inloggen", ".identity-provider vaadin-text-field");
        visit("beheer/bijeenkomsten", ".sessions-admin-page vaadin-date-time-picker");
        follow(".sessions-admin-page a[href^='beheer/bijeenkomsten/']", "a planned session");
        visit("beheer/samenwerking", ".joint-programme");
        visit("beheer/rolmodellen", ".role-model-admin vaadin-button");
        visit("rolmodellen/verzoeken", ".role-model-request");
        visit("wachtwoord-wijzigen", ".password-change-page vaadin-password-field");
    }

    private void visit(String path, String ready) {
        open(path);
        waitFor(ready);
        check("/" + path);
    }

    /** Opens the first link (or list row) matching the selector on the current page and checks where it leads. */
    private void follow(String selector, String name) {
        String before = page.url();
        waitFor(selector).click();
        page.waitForURL(address -> !address.equals(before));
        waitForVaadin();
        check(name + " (" + page.url().replace(baseUrl(), "") + ")");
    }

    private void check(String name) {
        problems.add(accessibilityProblems(name));
        phoneWidth();
        settle();
        problems.add(accessibilityProblems(name));
        problems.add(horizontalOverflow(name));
        page.setViewportSize(DESKTOP_WIDTH, 900);
        settle();
        problems.removeIf(String::isEmpty);
    }
}
