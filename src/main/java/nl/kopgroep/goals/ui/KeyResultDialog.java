package nl.kopgroep.goals.ui;

import nl.kopgroep.base.ui.FormError;
import nl.kopgroep.base.ui.SaveButton;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import nl.kopgroep.goals.GoalService;
import nl.kopgroep.goals.KeyResultForm;

/** A key result: from a baseline to a target in a unit, or — without a target — done or not done. */
class KeyResultDialog extends Dialog {

    KeyResultDialog(GoalService goals, long goal, Runnable saved) {
        setHeaderTitle(getTranslation("goals.addKeyResult"));
        TextField title = new TextField(getTranslation("goal.keyResult"));
        title.setRequiredIndicatorVisible(true);
        TextField unit = new TextField(getTranslation("goals.unit"));
        BigDecimalField baseline = new BigDecimalField(getTranslation("goals.baseline"));
        BigDecimalField target = new BigDecimalField(getTranslation("goals.target"));
        target.setHelperText(getTranslation("goals.targetHelp"));
        FormError error = new FormError();
        FormLayout form = new FormLayout(title, unit, baseline, target);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(error, form);
        Button save = SaveButton.saveOnce(new Button(getTranslation("action.save")),
                () -> error.attempt(() -> goals.addKeyResult(goal, new KeyResultForm(title.getValue(),
                    unit.getValue().isBlank() ? null : unit.getValue().strip(), baseline.getValue(), target.getValue()))), () -> {
            close();
            saved.run();
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), save);
    }
}
