package nl.kopgroep.organisation.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Paragraph;
import nl.kopgroep.base.DomainException;

/**
 * An error message inside a form, announced to screen readers. Used so that a refused save keeps
 * the dialog open with everything the user typed.
 */
class FormError extends Paragraph {

    FormError() {
        addClassName("form-error");
        getElement().setAttribute("role", "alert");
        setVisible(false);
    }

    void show(DomainException error) {
        setText(UI.getCurrent().getTranslation(error.messageKey(), translatedArguments(error.arguments())));
        setVisible(true);
    }

    void clear() {
        setText("");
        setVisible(false);
    }

    /** Arguments that are message keys themselves (field names) are translated too. */
    private static Object[] translatedArguments(Object[] arguments) {
        Object[] result = arguments.clone();
        for (int i = 0; i < result.length; i++) {
            if (result[i] instanceof String text && text.matches("[a-z]+(\\.[a-zA-Z]+)+")) {
                result[i] = UI.getCurrent().getTranslation(text);
            }
        }
        return result;
    }

    /** Runs a save; on a domain error shows it and reports failure, so the caller keeps its form open. */
    boolean attempt(Runnable save) {
        try {
            save.run();
            clear();
            return true;
        } catch (DomainException e) {
            show(e);
            return false;
        }
    }
}
