package nl.kopgroep.agreement.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import nl.kopgroep.agreement.AgreementDocument;
import nl.kopgroep.agreement.AgreementService;
import nl.kopgroep.base.ui.FormError;
import nl.kopgroep.base.ui.SaveButton;
import org.jspecify.annotations.Nullable;

/** The agreement's title and period; without an agreement, starts one with its first theme. */
class HeaderDialog extends Dialog {

    HeaderDialog(AgreementService agreements, @Nullable AgreementDocument current, long version, Runnable saved) {
        setHeaderTitle(getTranslation(current == null ? "agreement.start" : "agreement.editHeader"));
        setWidth("min(36rem, 95vw)");
        TextField title = new TextField(getTranslation("agreement.field.title"));
        title.setMaxLength(300);
        title.setRequiredIndicatorVisible(true);
        DatePicker from = new DatePicker(getTranslation("agreement.csvFrom"));
        DatePicker to = new DatePicker(getTranslation("agreement.csvTo"));
        from.setRequiredIndicatorVisible(true);
        to.setRequiredIndicatorVisible(true);
        FormLayout form = new FormLayout(title, from, to);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        TextField themeCode = new TextField(getTranslation("agreement.firstThemeCode"));
        TextField themeTitle = new TextField(getTranslation("agreement.firstThemeTitle"));
        if (current == null) {
            themeCode.setHelperText(getTranslation("agreement.codeHelp"));
            themeCode.setMaxLength(40);
            themeCode.setRequiredIndicatorVisible(true);
            themeTitle.setRequiredIndicatorVisible(true);
            form.add(themeCode, themeTitle);
        } else {
            title.setValue(current.title());
            from.setValue(current.periodFrom());
            to.setValue(current.periodTo());
        }
        FormError error = new FormError();
        add(error, form);
        Button confirm = SaveButton.saveOnce(new Button(getTranslation("action.save")), () -> {
            LocalDate start = from.getValue();
            LocalDate end = to.getValue();
            boolean ok = current == null
                    ? error.attempt(() -> agreements.start(title.getValue(), start, end, themeCode.getValue(), themeTitle.getValue()))
                    : error.attempt(() -> agreements.editHeader(version, title.getValue(), start, end));
            return ok;
        }, () -> {
            close();
            saved.run();
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), confirm);
    }
}
