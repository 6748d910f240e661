package nl.kopgroep.base.ui;

import com.vaadin.flow.component.button.Button;
import java.util.function.BooleanSupplier;

/**
 * The one way a dialog's or form's save button keeps one click one save (issue 16: a double click, or a click the
 * browser sent from its stale copy of a dialog that had saved and closed, created a second row).
 * <ul>
 *   <li>The browser disables the button the moment it is clicked ({@link Button#setDisableOnClick}), so a double
 *       click sends one click; the server disables it too, and Vaadin drops a later click on a disabled button,
 *       also the second of two clicks in one request.</li>
 *   <li>{@link #saveOnce}: after a save the button stays disabled and any click that still arrives does nothing;
 *       the dialog closes. {@link #saveEach}: a form that stays open for the next one gets its button back.</li>
 *   <li>A refused or failed save gives the button back at once, and touches no field: what was typed stays.</li>
 * </ul>
 */
public final class SaveButton {

    private SaveButton() {
    }

    /**
     * {@code save} saves (or shows why not, returning false); after it saved, {@code afterSave} runs (close the dialog,
     * refresh the page) and the button saves nothing more.
     */
    public static Button saveOnce(Button button, BooleanSupplier save, Runnable afterSave) {
        boolean[] saved = {false};
        button.setDisableOnClick(true);
        button.addClickListener(click -> {
            if (saved[0]) {
                return;
            }
            boolean done = false;
            try {
                done = save.getAsBoolean();
            } finally {
                if (!done) {
                    button.setEnabled(true);
                }
            }
            if (done) {
                saved[0] = true;
                afterSave.run();
            }
        });
        return button;
    }

    /** A form that stays open after a save (a comment, a reaction): one save per click, the button back afterwards. */
    public static Button saveEach(Button button, Runnable save) {
        button.setDisableOnClick(true);
        button.addClickListener(click -> {
            try {
                save.run();
            } finally {
                button.setEnabled(true);
            }
        });
        return button;
    }
}
