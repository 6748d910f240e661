package nl.kopgroep.agreement.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextField;
import nl.kopgroep.base.ui.FormError;
import nl.kopgroep.base.ui.SaveButton;

/**
 * Adds or renames a theme or an ambition. The code of an existing item is shown but fixed: goals
 * link to codes, so they stay the same across versions.
 */
class ItemDialog extends Dialog {

    interface Save {
        void save(String code, String title);
    }

    ItemDialog(String heading, String code, String title, boolean isNew, Save save, Runnable saved) {
        setHeaderTitle(heading);
        setWidth("min(36rem, 95vw)");
        TextField codeField = new TextField(getTranslation("agreement.field.code"));
        codeField.setValue(code);
        codeField.setReadOnly(!isNew);
        codeField.setRequiredIndicatorVisible(isNew);
        codeField.setHelperText(getTranslation(isNew ? "agreement.codeHelp" : "agreement.codeFixed"));
        codeField.setMaxLength(40);
        TextField titleField = new TextField(getTranslation("agreement.field.title"));
        titleField.setValue(title);
        titleField.setRequiredIndicatorVisible(true);
        titleField.setMaxLength(500);
        FormLayout form = new FormLayout(codeField, titleField);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        FormError error = new FormError();
        add(error, form);
        Button confirm = SaveButton.saveOnce(new Button(getTranslation("action.save")),
                () -> error.attempt(() -> save.save(codeField.getValue(), titleField.getValue())), () -> {
            close();
            saved.run();
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), confirm);
    }
}
