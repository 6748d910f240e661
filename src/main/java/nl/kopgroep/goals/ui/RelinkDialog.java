package nl.kopgroep.goals.ui;

import nl.kopgroep.base.ui.FormError;
import nl.kopgroep.base.ui.SaveButton;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import nl.kopgroep.goals.GoalService;
import nl.kopgroep.goals.GoalView;

/** Links a work goal again after a revision of the agreement: other commitments, or the same ones re-read. */
class RelinkDialog extends Dialog {

    RelinkDialog(GoalService goals, GoalView goal, Map<String, String> commitmentTitles, Runnable saved) {
        setHeaderTitle(getTranslation("goals.relinkFor", goal.title()));
        setWidth("min(44rem, 95vw)");
        MultiSelectComboBox<String> commitments = new MultiSelectComboBox<>(getTranslation("goals.commitments"));
        commitments.setItems(commitmentTitles.keySet());
        commitments.setItemLabelGenerator(code -> code + " " + commitmentTitles.get(code));
        commitments.setValue(goal.commitments().stream().filter(commitmentTitles::containsKey).collect(Collectors.toSet()));
        commitments.setWidthFull();
        TextArea rationale = new TextArea(getTranslation("goals.rationale"));
        rationale.setHelperText(getTranslation("goals.rationaleHelp"));
        rationale.setRequiredIndicatorVisible(true);
        FormLayout form = new FormLayout(commitments, rationale);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        FormError error = new FormError();
        add(new Paragraph(getTranslation("goals.relinkIntro")), error, form);
        Button save = SaveButton.saveOnce(new Button(getTranslation("action.save")),
                () -> error.attempt(() -> goals.relink(goal.id(), Set.copyOf(commitments.getValue()), rationale.getValue())), () -> {
            close();
            saved.run();
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), save);
    }
}
