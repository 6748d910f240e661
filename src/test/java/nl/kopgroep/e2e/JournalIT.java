package nl.kopgroep.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Writing in a real browser: no word lost when the session is, and no script runs for a reader. */
class JournalIT extends BrowserTest {

    @Test
    void textTypedBeforeTheSessionIsLostComesBackAfterSigningInAgain() {
        sessionLossJourney(this);
    }

    /** Shared with the production-bundle run. */
    static void sessionLossJourney(BrowserTest test) {
        String writer = "mehmet.yilmaz@voorbeeldstad.nl";
        String text = "Het gesprek met de corporatie leerde me dat ik te vroeg met oplossingen kwam.";
        test.signIn(writer, DEMO_PASSWORD);
        test.open("dagboek/schrijven");
        test.waitFor("vaadin-text-area textarea").pressSequentially(text);
        test.waitFor(".save-status:has-text('Opgeslagen om')");
        test.assertAccessible("dagboek/schrijven");

        test.context.clearCookies();
        test.open("dagboek/schrijven");
        test.waitForUrl(".*/login$");
        test.signIn(writer, DEMO_PASSWORD);
        test.open("dagboek/schrijven");
        waitForEditorText(test, text);
        assertThat(test.pageText()).contains("Je niet-opgeslagen tekst van");
    }

    @Test
    void textTheServerNeverReceivedIsKeptByTheBrowser() {
        String writer = "lotte.bakker@voorbeeldstad.nl";
        String text = "Nog niet naar de server gestuurd, maar niet verloren.";
        signIn(writer, DEMO_PASSWORD);
        open("dagboek/schrijven");
        waitFor("vaadin-text-area textarea").pressSequentially(text);
        // Gone before the editor's pause-then-save: only the browser's own copy has the text.
        context.clearCookies();
        page.navigate(url("dagboek/schrijven"));
        waitForUrl(".*/login$");
        signIn(writer, DEMO_PASSWORD);
        open("dagboek/schrijven");
        waitForEditorText(this, text);
        waitFor(".save-status:has-text('Opgeslagen om')");
    }

    @Test
    void aScriptInASharedEntryNeverRunsForItsReader() {
        signIn("anouk.meijer@voorbeeldstad.nl", DEMO_PASSWORD);
        open("dagboek/schrijven");
        waitFor("vaadin-text-area textarea").pressSequentially("Intervisie <script>window.__pwned = 1</script> "
                + "[klik](javascript:window.__pwned=2) <img src=x onerror=\"window.__pwned=3\">");
        waitFor("vaadin-select").click();
        withText("vaadin-select-item", "Mijn kopgroep").click();
        button("Opslaan").click();
        waitForUrl(".*/dagboek/\\d+$");
        String entryUrl = page.url();

        context.clearCookies();
        signIn("noor.mulder@voorbeeldstad.nl", DEMO_PASSWORD);
        page.navigate(entryUrl);
        waitForVaadin();
        Locator body = waitFor(".lesson-body");
        assertThat(body.innerText()).contains("Intervisie");
        assertThat(body.locator("script, img").count()).isZero();
        Locator links = body.locator("a");
        for (int i = 0; i < links.count(); i++) {
            assertThat(String.valueOf(links.nth(i).getAttribute("href"))).doesNotContain("javascript");
            links.nth(i).click();
        }
        assertThat(page.evaluate("() => window.__pwned === undefined")).isEqualTo(true);
        assertAccessible("dagboek entry");
    }

    @Test
    void onAPhoneAParticipantWritesSharesAndFindsTheEntry() {
        phoneWidth();
        signIn("deelnemer@voorbeeldstad.nl", DEMO_PASSWORD);
        open("dagboek");
        waitFor(".journal-page h1");
        assertAccessible("dagboek (phone)");
        assertNoHorizontalScroll("dagboek (phone)");

        button("Nieuwe notitie").click();
        waitForUrl(".*/dagboek/schrijven$");
        waitFor(".journal-editor vaadin-text-field input").fill("In de trein");
        waitFor("vaadin-text-area textarea").pressSequentially("Wat ik vandaag van de wijkavond leerde: eerst luisteren.");
        waitFor(".save-status:has-text('Opgeslagen om')");
        assertAccessible("dagboek/schrijven (phone)");
        assertNoHorizontalScroll("dagboek/schrijven (phone)");
        button("Opslaan").click();
        waitForUrl(".*/dagboek/\\d+$");
        waitFor(".lesson-body:has-text('eerst luisteren')");
        assertAccessible("dagboek entry (phone)");
        assertNoHorizontalScroll("dagboek entry (phone)");

        open("dagboek");
        Locator card = waitFor(".entry-list .card:has-text('In de trein')");
        assertThat(card.boundingBox().width).isLessThanOrEqualTo(PHONE_WIDTH);
        card.locator(".card-title").click();
        waitForUrl(".*/dagboek/\\d+$");
        waitFor(".lesson-body:has-text('eerst luisteren')");
    }

    /**
     * Issue 11, on a shared municipal PC: the editor's copy of what is typed lives in this tab's
     * sessionStorage only, is gone after signing out, and a copy left by a session that timed out is
     * gone as soon as someone else signs in here.
     */
    @Test
    void theJournalsBrowserCopyNeverOutlivesTheSession() {
        String writer = "thijs.deboer@voorbeeldstad.nl";
        String typed = "Wat niemand na mij op deze computer mag lezen.";
        String unsent = "Verzonden noch opgeslagen: de verbinding viel weg.";
        signIn(writer, DEMO_PASSWORD);
        open("dagboek/schrijven");
        waitFor("vaadin-text-area textarea").pressSequentially(typed);
        String key = String.valueOf(page.evaluate("() => [...Object.keys(sessionStorage), ...Object.keys(localStorage)]"
                + ".find(k => k.startsWith('kopgroep-dagboek-'))"));
        assertThat(stored("sessionStorage")).as("the copy while typing").contains(typed);
        assertThat(stored("localStorage")).as("never where it outlives the browser").doesNotContain(typed);
        waitFor(".save-status:has-text('Opgeslagen om')");
        // What a dropped connection leaves: a copy the server never acknowledged (also where older versions kept it).
        plant(key, unsent);

        page.locator(".user-menu vaadin-menu-bar-button").first().click();
        withText("vaadin-menu-bar-item", "Uitloggen").click();
        waitForUrl(".*/login$");
        for (String storage : new String[] {"sessionStorage", "localStorage"}) {
            assertThat(stored(storage)).as(storage + " after signing out").doesNotContain(typed, unsent)
                    .doesNotContain("kopgroep-dagboek-");
        }

        // A session that timed out without signing out leaves its copy in the tab; the next person's sign-in removes it.
        plant(key, unsent);
        signIn("anouk.meijer@voorbeeldstad.nl", DEMO_PASSWORD);
        waitFor(".user-menu");
        page.waitForFunction("() => !JSON.stringify({...sessionStorage, ...localStorage}).includes('kopgroep-dagboek-')");
        for (String storage : new String[] {"sessionStorage", "localStorage"}) {
            assertThat(stored(storage)).as(storage + " after someone else signed in").doesNotContain(unsent);
        }
    }

    /** Everything in one of the browser's storages, keys and values, as text. */
    private String stored(String storage) {
        return String.valueOf(page.evaluate("s => JSON.stringify({...window[s]})", storage));
    }

    private void plant(String key, String text) {
        page.evaluate("([k, t]) => { sessionStorage.setItem(k, t); localStorage.setItem(k, t); }", List.of(key, text));
    }

    private static void waitForEditorText(BrowserTest test, String text) {
        test.page.waitForFunction("t => document.querySelector('vaadin-text-area textarea')?.value === t", text);
    }
}
