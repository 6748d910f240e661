package nl.kopgroep.agreement.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import nl.kopgroep.base.ui.FormError;
import nl.kopgroep.base.ui.SaveButton;

/** Asks before an item leaves the agreement in force; the earlier version keeps it in the history. */
class RemoveDialog extends Dialog {

    RemoveDialog(String label, Runnable remove, Runnable removed) {
        setHeaderTitle(getTranslation("agreement.removeTitle", label));
        FormError error = new FormError();
        add(error, new Paragraph(getTranslation("agreement.removeIntro")));
        Button confirm = SaveButton.saveOnce(new Button(getTranslation("agreement.removeConfirm")),
                () -> error.attempt(remove), () -> {
            close();
            removed.run();
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), confirm);
    }
}
