package nl.kopgroep.organisation.ui;

import nl.kopgroep.base.ui.FormError;
import nl.kopgroep.base.ui.SaveButton;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextField;
import java.util.function.Consumer;

/** Name of a (new) municipality. */
class OrganisationDialog extends Dialog {

    OrganisationDialog(String title, String currentName, Consumer<String> save) {
        setHeaderTitle(title);
        TextField name = new TextField(getTranslation("organisation.name"));
        name.setValue(currentName);
        name.setRequiredIndicatorVisible(true);
        name.setMaxLength(200);
        name.setWidthFull();
        FormError error = new FormError();
        add(error, name);
        Button ok = SaveButton.saveOnce(new Button(getTranslation("action.save")),
                () -> error.attempt(() -> save.accept(name.getValue())), () -> {
            close();
        });
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), ok);
        name.focus();
    }
}
