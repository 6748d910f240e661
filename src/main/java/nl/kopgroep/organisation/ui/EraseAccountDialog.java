package nl.kopgroep.organisation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextField;
import nl.kopgroep.base.ui.FormError;
import nl.kopgroep.base.ui.SaveButton;
import nl.kopgroep.privacy.ErasurePreview;
import nl.kopgroep.privacy.ErasureService;

/**
 * Confirms the erasure of a deactivated account: names what goes, kind by kind, says what stays without a
 * name, and asks for the person's name to be typed. A wrong name erases nothing and keeps the dialog open.
 */
class EraseAccountDialog extends Dialog {

    EraseAccountDialog(ErasureService erasure, ErasurePreview preview, Runnable erased) {
        String name = preview.displayName();
        setHeaderTitle(getTranslation("privacy.erase.title", name));
        UnorderedList items = new UnorderedList();
        preview.items().stream().filter(item -> item.count() > 0).forEach(item -> items.add(
                new ListItem(item.count() + " " + getTranslation("privacy.erase.kind." + item.kind()))));
        TextField typed = new TextField(getTranslation("privacy.erase.confirmLabel", name));
        typed.setWidthFull();
        typed.setRequiredIndicatorVisible(true);
        FormError error = new FormError();
        Button confirm = SaveButton.saveOnce(new Button(getTranslation("privacy.erase.confirm")),
                () -> error.attempt(() -> erasure.erase(preview.person(), typed.getValue())), () -> {
            close();
            erased.run();
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        Button cancel = new Button(getTranslation("action.cancel"), click -> close());
        add(new Paragraph(getTranslation("privacy.erase.intro", name)), items,
                new Paragraph(getTranslation("privacy.erase.kept", name)), typed, error);
        getFooter().add(cancel, confirm);
        setWidth("min(40rem, 100vw)");
    }
}
