package nl.kopgroep.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** Writing in a real browser: no word lost when the session is, and no script runs for a reader. */
class JournalIT extends BrowserTest {

    @Test
    void textTypedBeforeTheSessionIsLostComesBackAfterSigningInAgain() {
        String writer = "mehmet.yilmaz@voorbeeldstad.nl";
        String text = "Het gesprek met de corporatie leerde me dat ik te vroeg met oplossingen kwam.";
        signIn(writer, DEMO_PASSWORD);
        open("dagboek/schrijven");
        WebElement area = waitFor("vaadin-text-area textarea");
        area.sendKeys(text);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".save-status"), "Opgeslagen om"));
        assertAccessible("dagboek/schrijven");

        driver.manage().deleteAllCookies();
        open("dagboek/schrijven");
        wait.until(d -> d.getCurrentUrl().endsWith("/login"));
        signIn(writer, DEMO_PASSWORD);
        open("dagboek/schrijven");
        wait.until(d -> text.equals(d.findElement(By.cssSelector("vaadin-text-area textarea")).getDomProperty("value")));
        assertThat(pageText()).contains("Je niet-opgeslagen tekst van");
    }

    @Test
    void textTheServerNeverReceivedIsKeptByTheBrowser() {
        String writer = "lotte.bakker@voorbeeldstad.nl";
        String text = "Nog niet naar de server gestuurd, maar niet verloren.";
        signIn(writer, DEMO_PASSWORD);
        open("dagboek/schrijven");
        waitFor("vaadin-text-area textarea").sendKeys(text);
        // Gone before the editor's pause-then-save: only the browser's own copy has the text.
        driver.manage().deleteAllCookies();
        driver.get(url("dagboek/schrijven"));
        wait.until(d -> d.getCurrentUrl().endsWith("/login"));
        signIn(writer, DEMO_PASSWORD);
        open("dagboek/schrijven");
        wait.until(d -> text.equals(d.findElement(By.cssSelector("vaadin-text-area textarea")).getDomProperty("value")));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".save-status"), "Opgeslagen om"));
    }

    @Test
    void aScriptInASharedEntryNeverRunsForItsReader() {
        signIn("anouk.meijer@voorbeeldstad.nl", DEMO_PASSWORD);
        open("dagboek/schrijven");
        waitFor("vaadin-text-area textarea").sendKeys("Intervisie <script>window.__pwned = 1</script> "
                + "[klik](javascript:window.__pwned=2) <img src=x onerror=\"window.__pwned=3\">");
        click(driver.findElement(By.cssSelector("vaadin-select")));
        wait.until(ExpectedConditions.elementToBeClickable(By.xpath("//vaadin-select-item[contains(., 'Mijn kopgroep')]")))
                .click();
        click(driver.findElement(By.xpath("//vaadin-button[contains(., 'Opslaan')]")));
        wait.until(d -> d.getCurrentUrl().matches(".*/dagboek/\\d+$"));
        String entryUrl = driver.getCurrentUrl();

        driver.manage().deleteAllCookies();
        signIn("noor.mulder@voorbeeldstad.nl", DEMO_PASSWORD);
        driver.get(entryUrl);
        waitForVaadin();
        WebElement body = waitFor(".lesson-body");
        assertThat(body.getText()).contains("Intervisie");
        assertThat(body.findElements(By.cssSelector("script, img"))).isEmpty();
        for (WebElement link : body.findElements(By.tagName("a"))) {
            assertThat(String.valueOf(link.getDomAttribute("href"))).doesNotContain("javascript");
            link.click();
        }
        assertThat(((JavascriptExecutor) driver).executeScript("return window.__pwned === undefined")).isEqualTo(true);
        assertAccessible("dagboek entry");
    }
}
