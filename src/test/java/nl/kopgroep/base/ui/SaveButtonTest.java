package nl.kopgroep.base.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.ClickEvent;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.button.Button;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** One click, one save: what every dialog's and form's save button relies on (the views' tests click through it). */
class SaveButtonTest {

    private final AtomicInteger saves = new AtomicInteger();
    private final AtomicInteger closes = new AtomicInteger();

    @Test
    void afterASaveTheButtonStaysDisabledAndALateClickSavesNothing() {
        Button button = SaveButton.saveOnce(new Button("Opslaan"), () -> saves.incrementAndGet() > 0,
                closes::incrementAndGet);
        assertThat(button.isDisableOnClick()).as("the browser disables it at the click").isTrue();

        button.click();
        button.click(); // disabled: ignored, as Vaadin ignores a click the browser sends on a disabled button
        clickThatGotThrough(button); // and were one to get through, it saves nothing either

        assertThat(saves).hasValue(1);
        assertThat(closes).hasValue(1);
        assertThat(button.isEnabled()).isFalse();
    }

    private static void clickThatGotThrough(Button button) {
        ComponentUtil.fireEvent(button, new ClickEvent<>(button));
    }

    @Test
    void aRefusedSaveGivesTheButtonBackForTheNextTry() {
        Button button = SaveButton.saveOnce(new Button("Opslaan"), () -> saves.incrementAndGet() > 1,
                closes::incrementAndGet);

        button.click();
        assertThat(button.isEnabled()).isTrue();
        assertThat(closes).hasValue(0);

        button.click();
        assertThat(saves).hasValue(2);
        assertThat(closes).hasValue(1);
    }

    @Test
    void aSaveThatFailsGivesTheButtonBack() {
        Button button = SaveButton.saveOnce(new Button("Opslaan"), () -> {
            throw new IllegalStateException("no connection");
        }, closes::incrementAndGet);

        assertThatThrownBy(button::click).isInstanceOf(IllegalStateException.class);
        assertThat(button.isEnabled()).isTrue();
        assertThat(closes).hasValue(0);
    }

    @Test
    void aFormThatStaysOpenGetsItsButtonBackAfterEachSave() {
        Button button = SaveButton.saveEach(new Button("Versturen"), saves::incrementAndGet);
        assertThat(button.isDisableOnClick()).isTrue();

        button.click();
        assertThat(button.isEnabled()).isTrue();
        button.click();
        assertThat(saves).hasValue(2);
    }
}
