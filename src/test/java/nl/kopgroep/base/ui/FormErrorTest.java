package nl.kopgroep.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import nl.kopgroep.KopgroepTest;
import nl.kopgroep.base.DomainException;
import org.junit.jupiter.api.Test;

@KopgroepTest
@ViewPackages(packages = "nl.kopgroep.base.ui")
class FormErrorTest extends SpringBrowserlessTest {

    @Test
    void aBrokenRuleIsShownWithItsArgumentsTranslatedAndAnnounced() {
        FormError error = new FormError();
        assertThat(error.isVisible()).isFalse();

        boolean done = error.attempt(() -> {
            throw new DomainException("validation.tooLong", "journal.title", 200);
        });

        assertThat(done).isFalse();
        assertThat(error.isVisible()).isTrue();
        assertThat(error.getText()).isEqualTo("Titel mag hoogstens 200 tekens lang zijn.");
        assertThat(error.getElement().getAttribute("role")).isEqualTo("alert");
        assertThat(error.getElement().getAttribute("aria-live")).isEqualTo("assertive");
    }

    @Test
    void theReadersLanguageIsUsedForTheMessageAndItsArguments() {
        UI.getCurrent().setLocale(AppLocales.ENGLISH);
        FormError error = new FormError();
        error.show(new DomainException("validation.tooLong", "journal.title", 200));
        assertThat(error.getText()).isEqualTo("Title may be at most 200 characters long.");
    }

    @Test
    void typedTextThatLooksLikeAKeyIsLeftAsTyped() {
        FormError error = new FormError();
        error.show(new DomainException("goal.unknownCommitment", "x.yz"));
        assertThat(error.getText()).contains("x.yz");
    }

    @Test
    void aSuccessfulActionClearsAnEarlierMessage() {
        FormError error = new FormError();
        error.show(new DomainException("validation.tooLong", "journal.title", 200));
        assertThat(error.attempt(() -> { })).isTrue();
        assertThat(error.isVisible()).isFalse();
        assertThat(error.getText()).isEmpty();
    }
}
