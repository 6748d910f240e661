package nl.kopgroep.goals.ui;

import nl.kopgroep.base.ui.FormError;
import nl.kopgroep.base.ui.SaveButton;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.stream.Collectors;
import nl.kopgroep.programme.Competency;
import java.util.Map;
import java.util.Set;
import nl.kopgroep.goals.GoalForm;
import nl.kopgroep.goals.GoalKind;
import nl.kopgroep.goals.GoalService;

/** A new goal: a WORK goal linked to commitments, or a LEARNING goal linked to competencies. */
class GoalDialog extends Dialog {

    GoalDialog(GoalService goals, Map<String, String> commitmentTitles, Runnable saved) {
        setHeaderTitle(getTranslation("goals.new"));
        setWidth("min(44rem, 95vw)");
        RadioButtonGroup<GoalKind> kind = new RadioButtonGroup<>(getTranslation("goals.kind"));
        kind.setItems(GoalKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("goalKind." + k.name()));
        kind.setValue(GoalKind.WORK);
        TextField title = new TextField(getTranslation("goal.title"));
        title.setMaxLength(300);
        title.setRequiredIndicatorVisible(true);
        TextArea description = new TextArea(getTranslation("goals.description"));
        MultiSelectComboBox<String> commitments = new MultiSelectComboBox<>(getTranslation("goals.commitments"));
        commitments.setItems(commitmentTitles.keySet());
        commitments.setItemLabelGenerator(code -> code + " " + commitmentTitles.get(code));
        MultiSelectComboBox<Competency> competencies = new MultiSelectComboBox<>(getTranslation("goals.competencyField"));
        competencies.setItems(goals.competencies());
        competencies.setItemLabelGenerator(Competency::name);
        competencies.setVisible(false);
        kind.addValueChangeListener(e -> {
            commitments.setVisible(e.getValue() == GoalKind.WORK);
            competencies.setVisible(e.getValue() == GoalKind.LEARNING);
        });
        var roles = RoleTags.picker(this, Set.of());
        FormError error = new FormError();
        FormLayout form = new FormLayout(kind, title, description, commitments, competencies, roles);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(error, form);
        Button save = SaveButton.saveOnce(new Button(getTranslation("action.save")),
                () -> error.attempt(() -> goals.create(new GoalForm(kind.getValue(), title.getValue(), blank(description.getValue()),
                    Set.copyOf(commitments.getValue()), competencies.getValue().stream().map(Competency::code).collect(Collectors.toSet()),
                    Set.copyOf(roles.getValue())))), () -> {
            close();
            saved.run();
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), save);
    }

    private static String blank(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
