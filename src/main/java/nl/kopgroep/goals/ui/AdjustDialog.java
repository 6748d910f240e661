package nl.kopgroep.goals.ui;

import nl.kopgroep.base.ui.FormError;
import nl.kopgroep.base.ui.SaveButton;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import nl.kopgroep.goals.AdjustmentForm;
import nl.kopgroep.goals.GoalService;
import nl.kopgroep.goals.GoalView;

/** The half-yearly evaluation: adjust the goal and its targets, always with a rationale. */
class AdjustDialog extends Dialog {

    AdjustDialog(GoalService goals, GoalView goal, Runnable saved) {
        setHeaderTitle(getTranslation("goals.adjustFor", goal.title()));
        setWidth("min(40rem, 95vw)");
        TextField title = new TextField(getTranslation("goal.title"));
        title.setValue(goal.title());
        TextArea description = new TextArea(getTranslation("goals.description"));
        description.setValue(goal.description() == null ? "" : goal.description());
        FormLayout form = new FormLayout(title, description);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        Map<Long, BigDecimalField> targets = new HashMap<>();
        for (GoalView.KeyResult result : goal.keyResults()) {
            if (result.target() != null) {
                BigDecimalField target = new BigDecimalField(getTranslation("goals.targetOf", result.title()));
                target.setValue(result.target());
                targets.put(result.id(), target);
                form.add(target);
            }
        }
        TextArea rationale = new TextArea(getTranslation("goals.rationale"));
        rationale.setHelperText(getTranslation("goals.rationaleHelp"));
        rationale.setRequiredIndicatorVisible(true);
        form.add(rationale);
        FormError error = new FormError();
        add(new Paragraph(getTranslation("goals.adjustIntro")), error, form);
        Button save = SaveButton.saveOnce(new Button(getTranslation("action.save")), () -> {
            Map<Long, BigDecimal> values = new HashMap<>();
            targets.forEach((id, field) -> {
                if (field.getValue() != null) {
                    values.put(id, field.getValue());
                }
            });
            return error.attempt(() -> goals.adjust(new AdjustmentForm(goal.id(), title.getValue(), description.getValue(),
                    values, rationale.getValue())));
        }, () -> {
            close();
            saved.run();
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), save);
    }
}
