package nl.kopgroep.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Paragraph;
import nl.kopgroep.base.DomainException;

/** A refused save inside a dialog: the message is shown, the dialog and everything typed stay. */
public class DialogError extends Paragraph {

    public DialogError() {
        addClassName("form-error");
        getElement().setAttribute("role", "alert");
        setVisible(false);
    }

    public boolean attempt(Runnable save) {
        try {
            save.run();
            setVisible(false);
            return true;
        } catch (DomainException e) {
            Object[] arguments = e.arguments();
            for (int i = 0; i < arguments.length; i++) {
                if (arguments[i] instanceof String text && text.matches("[a-z]+(\\.[a-zA-Z]+)+")) {
                    arguments[i] = UI.getCurrent().getTranslation(text);
                }
            }
            setText(UI.getCurrent().getTranslation(e.messageKey(), arguments));
            setVisible(true);
            return false;
        }
    }
}
