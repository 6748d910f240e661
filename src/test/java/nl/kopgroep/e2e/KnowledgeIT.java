package nl.kopgroep.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The kennisbank in a real browser, across the border: Sem (Lindendal) writes a practice shared with all
 * municipalities, Sanne (Voorbeeldstad) finds it by searching with another form of its words and asks Sem for a
 * peer assist; Sem accepts and only then both see each other's e-mail address.
 */
class KnowledgeIT extends BrowserTest {

    @Test
    void aPracticeSharedWithAllIsFoundAcrossTheBorderAndItsAuthorAskedForAPeerAssist() {
        signIn("sem.vermeulen@lindendal.nl", DEMO_PASSWORD);
        open("kennisbank/schrijven");
        waitFor("vaadin-text-field:has(label:has-text('Titel')) input").fill("Wandelen met de wijkagenten door de kernen");
        area("Wat was de bedoeling?").fill("We wilden met de wijkagent zien waar inwoners zich onveilig voelen.");
        area("Wat gebeurde er werkelijk?").fill("Tijdens de wandeling spraken bewoners ons aan over de verlichting.");
        area("Waarom was er verschil?").fill("Op straat zeggen mensen meer dan in een enquête.");
        area("Wat leren we ervan?").fill("Wandel samen met de wijkagent en de beheerder openbare ruimte.");
        withText("vaadin-radio-button", "Alle gemeenten op deze installatie").click();
        button("Publiceren").click();
        waitForText("Jouw praktijk");
        assertAccessible("kennisbank practice (author)");

        context.clearCookies();
        signIn("deelnemer@voorbeeldstad.nl", DEMO_PASSWORD);
        open("kennisbank");
        waitFor("vaadin-text-field:has(label:has-text('Zoek op woorden')) input").fill("wandeling wijkagent");
        button("Zoeken").click();
        withText(".practice-card a", "Wandelen met de wijkagenten").click();
        waitForText("Gemeente Lindendal");
        assertThat(pageText()).contains("Sem Vermeulen", "Alle gemeenten");
        waitFor("vaadin-text-area:has(label:has-text('Je vraag')) textarea")
                .fill("Wij willen dit ook in onze wijk proberen. Mag ik je bellen over de aanpak?");
        button("Gesprek aanvragen").click();
        waitForText("Je vraag ligt bij Sem Vermeulen");
        assertAccessible("kennisbank practice (reader, after a peer-assist request)");
        open("kennisbank/mijn");
        waitForText("Het e-mailadres zie je zodra de schrijver ja zegt.");
        assertThat(pageText()).doesNotContain("sem.vermeulen@lindendal.nl");

        context.clearCookies();
        signIn("sem.vermeulen@lindendal.nl", DEMO_PASSWORD);
        open("kennisbank/mijn");
        waitForText("Mag ik je bellen over de aanpak?");
        assertThat(pageText()).doesNotContain("deelnemer@voorbeeldstad.nl");
        button("Ja, graag").click();
        waitForText("deelnemer@voorbeeldstad.nl");
        assertAccessible("mijn kennisbank");
    }

    private com.microsoft.playwright.Locator area(String label) {
        return waitFor("vaadin-text-area:has(label:has-text('" + label + "')) textarea");
    }
}
