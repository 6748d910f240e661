package nl.kopgroep.review.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import nl.kopgroep.DemoUsers;
import nl.kopgroep.KopgroepTest;
import nl.kopgroep.journal.EntryForm;
import nl.kopgroep.journal.JournalService;
import nl.kopgroep.journal.Visibility;
import nl.kopgroep.base.ui.FeedbackThread;
import nl.kopgroep.base.ui.FormError;
import nl.kopgroep.organisation.Person;
import nl.kopgroep.review.ReviewService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

@KopgroepTest
@ViewPackages(packages = "nl.kopgroep")
class CoachViewTest extends SpringBrowserlessTest {

    @Autowired UserDetailsService users;
    @Autowired ReviewService review;
    @Autowired JournalService journal;

    @BeforeEach
    void signIn() {
        DemoUsers.signIn(users, DemoUsers.LINDENDAL_COACH);
    }

    @AfterEach
    void signOut() {
        DemoUsers.signOut();
    }

    @Test
    void coachKeepsAPrivateNoteAboutACoachee() {
        navigate(CoachView.class);
        @SuppressWarnings("unchecked")
        Select<Person> coachee = $(Select.class).single();
        Person iris = coachee.getListDataView().getItems().filter(p -> p.displayName().equals("Iris Kok")).findFirst()
                .orElseThrow();
        test(coachee).selectItem("Iris Kok");
        test($(TextArea.class).withLabel("Nieuwe notitie").single()).setValue("Iris wil oefenen met presenteren.");
        test($(Button.class).withText("Notitie toevoegen").single()).click();
        assertThat(review.notes(iris.id())).extracting(n -> n.body()).contains("Iris wil oefenen met presenteren.");
        assertThat(getCurrentView().getElement().getTextRecursively()).contains("Iris wil oefenen met presenteren.");
    }

    @Test
    void libraryGrowsAndShrinks() {
        navigate(CoachView.class);
        test($(TextArea.class).withLabel("Nieuwe opmerking").single()).setValue("Welke rol van de gemeente zie je hier?");
        test($(Button.class).withText("Opmerking toevoegen").single()).click();
        assertThat(review.comments()).extracting(c -> c.body()).contains("Welke rol van de gemeente zie je hier?");
        test($(Button.class).withText("Verwijderen").first()).click();
        assertThat(review.comments()).extracting(c -> c.body()).doesNotContain("Welke rol van de gemeente zie je hier?");
    }

    @Test
    void emptyNoteIsRefusedWithAMessage() {
        navigate(CoachView.class);
        test($(Button.class).withText("Opmerking toevoegen").single()).click();
        assertThat(getCurrentView().getElement().getTextRecursively()).contains("Schrijf eerst een tekst.");
    }

    @Test
    void aRefusedAnswerKeepsItsTextAndASentOneJoinsTheThread() {
        DemoUsers.signIn(users, DemoUsers.LINDENDAL_PARTICIPANT);
        var entry = journal.save(new EntryForm(null, "Na het overleg", "Het overleg met de wijkraad liep anders.",
                Visibility.COACH, null, null, null, null, null));
        DemoUsers.signIn(users, DemoUsers.LINDENDAL_COACH);
        navigate("coach/notitie/" + entry.value(), CoachEntryView.class);
        FeedbackThread thread = $(FeedbackThread.class).single();
        TextArea answer = $(TextArea.class, thread).withLabel("Je feedback").single();
        String tooLong = "x".repeat(5001);
        test(answer).setValue(tooLong);
        test($(Button.class, thread).withText("Feedback versturen").single()).click();
        assertThat($(FormError.class, thread).single().getText()).isEqualTo("Een reactie mag hoogstens 5.000 tekens lang zijn.");
        assertThat(answer.getValue()).isEqualTo(tooLong);

        test(answer).setValue("Mooi hoe je de wijkraad beschrijft. Wat deed jij daarna?");
        test($(Button.class, thread).withText("Feedback versturen").single()).click();
        assertThat(thread.getElement().getTextRecursively()).contains("Mooi hoe je de wijkraad beschrijft. Wat deed jij daarna?");
        assertThat(answer.getValue()).isEmpty();
        assertThat(thread.error().isVisible()).isFalse();
    }
}
