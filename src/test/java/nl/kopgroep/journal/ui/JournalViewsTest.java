package nl.kopgroep.journal.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import nl.kopgroep.DemoUsers;
import nl.kopgroep.KopgroepTest;
import nl.kopgroep.journal.JournalService;
import nl.kopgroep.journal.Visibility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

@KopgroepTest
@ViewPackages(packages = "nl.kopgroep")
class JournalViewsTest extends SpringBrowserlessTest {

    private static final String WRITER = "thijs.deboer@voorbeeldstad.nl";

    @Autowired UserDetailsService users;
    @Autowired JournalService journal;

    @BeforeEach
    void signIn() {
        DemoUsers.signIn(users, WRITER);
        journal.discardDraft(null);
    }

    @AfterEach
    void signOut() {
        DemoUsers.signOut();
    }

    @Test
    void typedTextIsSavedAsDraftAndPutBackWhenTheEditorIsOpenedAgain() {
        navigate("dagboek/schrijven", EntryEditorView.class);
        test($(TextArea.class).single()).setValue("Vanochtend liep het overleg met de wijkraad anders dan ik dacht.");
        assertThat($(Span.class).withClassName("save-status").single().getText()).startsWith("Opgeslagen om ");

        navigate(JournalView.class);
        assertThat($(Paragraph.class).withClassName("draft-notice").single().getText())
                .startsWith("Je hebt een niet-opgeslagen concept van");

        navigate("dagboek/schrijven", EntryEditorView.class);
        assertThat($(TextArea.class).single().getValue()).isEqualTo(
                "Vanochtend liep het overleg met de wijkraad anders dan ik dacht.");
        assertThat($(Paragraph.class).withClassName("draft-notice").single().getText())
                .startsWith("Je niet-opgeslagen tekst van");
    }

    @Test
    void savingShowsTheEntryRenderedAndClearsTheDraft() {
        navigate("dagboek/schrijven", EntryEditorView.class);
        test($(TextArea.class).single()).setValue("## Wat ik leerde\n\nDat **luisteren** eerst komt.");
        @SuppressWarnings("unchecked")
        Select<Visibility> visibility = $(Select.class).withLabel("Wie mag dit lezen").single();
        test(visibility).selectItem("Ik en mijn coach");
        test($(Button.class).withText("Opslaan").single()).click();

        assertThat(getCurrentView()).isInstanceOf(EntryView.class);
        assertThat($(Article.class).single().getElement().getProperty("innerHTML"))
                .contains("<h2>Wat ik leerde</h2>", "<strong>luisteren</strong>");
        assertThat(getCurrentView().getElement().getTextRecursively()).contains("Ik en mijn coach", "Gelezen door");
        assertThat($(nl.kopgroep.base.ui.FeedbackThread.class).single().getElement().getTextRecursively())
                .contains("Gesprek met je coach", "Nog geen reacties.");
        assertThat(journal.draft(null)).isEmpty();
    }

    @Test
    void aPromptFromALessonTravelsWithTheEntry() {
        com.vaadin.flow.component.UI.getCurrent().navigate("dagboek/schrijven",
                com.vaadin.flow.router.QueryParameters.simple(java.util.Map.of("les", "start-waarom-kopgroep", "vraag", "0")));
        String text = getCurrentView().getElement().getTextRecursively();
        assertThat(text).contains("Reflectievraag:");
        test($(TextArea.class).single()).setValue("Mijn antwoord op de vraag.");
        test($(Button.class).withText("Opslaan").single()).click();
        assertThat(getCurrentView().getElement().getTextRecursively()).contains("Reflectievraag:");
    }

    @Test
    void emptyEntryIsRefusedWithAMessageAndTheEditorStays() {
        navigate("dagboek/schrijven", EntryEditorView.class);
        test($(Button.class).withText("Opslaan").single()).click();
        assertThat(getCurrentView()).isInstanceOf(EntryEditorView.class);
        assertThat(getCurrentView().getElement().getTextRecursively()).contains("Schrijf eerst iets in de notitie.");
    }
}
