package nl.kopgroep.goals.ui;

import nl.kopgroep.base.ui.FormError;
import nl.kopgroep.base.ui.SaveButton;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import nl.kopgroep.goals.CheckInForm;
import nl.kopgroep.goals.GoalService;
import nl.kopgroep.goals.GoalStatus;
import nl.kopgroep.goals.GoalView;

/** The monthly check-in in one dialog: status, confidence, values, and an explanation when the rules ask. */
class CheckInDialog extends Dialog {

    CheckInDialog(GoalService goals, GoalView goal, Runnable saved) {
        setHeaderTitle(getTranslation("goals.checkInFor", goal.title()));
        setWidth("min(40rem, 95vw)");
        RadioButtonGroup<GoalStatus> status = new RadioButtonGroup<>(getTranslation("goals.status"));
        status.setItems(GoalStatus.values());
        status.setItemLabelGenerator(s -> getTranslation("goalStatus." + s.name()));
        status.setValue(goal.status());
        IntegerField confidence = new IntegerField(getTranslation("goals.confidence"));
        confidence.setMin(1);
        confidence.setMax(10);
        confidence.setStepButtonsVisible(true);
        confidence.setValue(7);
        confidence.setHelperText(getTranslation("goals.confidenceHelp"));
        TextArea explanation = new TextArea(getTranslation("goals.explanation"));
        explanation.setHelperText(getTranslation("goals.explanationHelp"));
        TextField evidence = new TextField(getTranslation("goals.evidence"));
        FormLayout form = new FormLayout(status, confidence);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        Map<Long, BigDecimalField> values = new HashMap<>();
        Map<Long, Checkbox> done = new HashMap<>();
        Map<Long, Select<GoalStatus>> resultStatus = new HashMap<>();
        for (GoalView.KeyResult result : goal.keyResults()) {
            Select<GoalStatus> own = new Select<>();
            own.setLabel(getTranslation("goals.keyResultStatus", result.title()));
            own.setItems(GoalStatus.values());
            own.setItemLabelGenerator(s -> getTranslation("goalStatus." + s.name()));
            own.setValue(result.status() == null ? GoalStatus.ON_TRACK : result.status());
            // The goal follows its weakest key result; choosing better than that asks for an explanation.
            own.addValueChangeListener(e -> resultStatus.values().stream().map(Select::getValue)
                    .max(java.util.Comparator.naturalOrder()).ifPresent(status::setValue));
            resultStatus.put(result.id(), own);
            if (result.target() == null) {
                Checkbox box = new Checkbox(result.title(), Boolean.TRUE.equals(result.done()));
                done.put(result.id(), box);
                form.add(box);
            } else {
                BigDecimalField field = new BigDecimalField(result.title()
                        + (result.unit() == null ? "" : " (" + result.unit() + ")"));
                field.setValue(result.current());
                values.put(result.id(), field);
                form.add(field);
            }
            form.add(own);
        }
        var roles = RoleTags.picker(this, java.util.Set.of());
        roles.setHelperText(getTranslation("goals.checkInRolesHelp"));
        form.add(explanation, evidence, roles);
        FormError error = new FormError();
        add(error, form);
        Button save = SaveButton.saveOnce(new Button(getTranslation("action.save")), () -> {
            Map<Long, BigDecimal> numbers = new HashMap<>();
            values.forEach((id, field) -> {
                if (field.getValue() != null) {
                    numbers.put(id, field.getValue());
                }
            });
            Map<Long, Boolean> ticks = new HashMap<>();
            done.forEach((id, box) -> ticks.put(id, box.getValue()));
            Map<Long, GoalStatus> statuses = new HashMap<>();
            resultStatus.forEach((id, select) -> statuses.put(id, select.getValue()));
            return error.attempt(() -> goals.checkIn(new CheckInForm(goal.id(), status.getValue(),
                    confidence.getValue() == null ? 0 : confidence.getValue(), explanation.getValue(),
                    evidence.getValue().isBlank() ? null : evidence.getValue().strip(), numbers, ticks, statuses,
                    java.util.Set.copyOf(roles.getValue()))));
        }, () -> {
            close();
            saved.run();
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), save);
    }
}
