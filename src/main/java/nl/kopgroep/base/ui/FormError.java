package nl.kopgroep.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Paragraph;
import nl.kopgroep.base.DomainException;
import nl.kopgroep.base.Messages;

/**
 * The one way a form or dialog shows a refused action: the {@link DomainException}'s message in the
 * reader's language, with its arguments, announced to screen readers. It only shows text, so the
 * fields beside it, and everything typed in them, stay as they were.
 */
public class FormError extends Paragraph {

    public FormError() {
        addClassName("form-error");
        getElement().setAttribute("role", "alert");
        getElement().setAttribute("aria-live", "assertive");
        setVisible(false);
    }

    public void show(DomainException error) {
        setText(message(error));
        setVisible(true);
    }

    public void clear() {
        setText("");
        setVisible(false);
    }

    /** Runs an action; on a broken rule shows why and reports failure, so the caller keeps its form open. */
    public boolean attempt(Runnable action) {
        try {
            action.run();
            clear();
            return true;
        } catch (DomainException e) {
            show(e);
            return false;
        }
    }

    /** The message of a broken rule; arguments that are message keys themselves (field names) are translated too. */
    public static String message(DomainException error) {
        UI ui = UI.getCurrent();
        Object[] arguments = error.arguments();
        for (int i = 0; i < arguments.length; i++) {
            if (arguments[i] instanceof String text && Messages.exists(text)) {
                arguments[i] = ui.getTranslation(text);
            }
        }
        return ui.getTranslation(error.messageKey(), arguments);
    }
}
