package nl.kopgroep.organisation.ui;

import nl.kopgroep.base.ui.FormError;
import nl.kopgroep.base.ui.SaveButton;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.function.BiConsumer;
import nl.kopgroep.organisation.CohortSummary;
import org.jspecify.annotations.Nullable;

/** Name and start date of a cohort; the programme runs 24 months from the start. */
class CohortDialog extends Dialog {

    CohortDialog(String title, @Nullable CohortSummary existing, BiConsumer<String, LocalDate> save) {
        setHeaderTitle(title);
        TextField name = new TextField(getTranslation("cohort.name"));
        name.setRequiredIndicatorVisible(true);
        name.setMaxLength(200);
        DatePicker start = new DatePicker(getTranslation("cohort.startDate"));
        start.setRequiredIndicatorVisible(true);
        start.setHelperText(getTranslation("cohort.startDate.help"));
        if (existing != null) {
            name.setValue(existing.name());
            start.setValue(existing.startDate());
        }
        FormError error = new FormError();
        FormLayout form = new FormLayout(name, start);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(error, form);
        Button ok = SaveButton.saveOnce(new Button(getTranslation("action.save")), () -> {
            if (start.isInvalid()) {
                start.setErrorMessage(getTranslation("validation.date.invalid"));
                return false;
            }
            return error.attempt(() -> save.accept(name.getValue(), start.getValue()));
        }, () -> {
            close();
        });
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), ok);
        name.focus();
    }
}
