package nl.kopgroep.goals.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import java.util.Set;
import nl.kopgroep.base.ui.FormError;
import nl.kopgroep.base.ui.SaveButton;
import nl.kopgroep.goals.GoalService;
import nl.kopgroep.goals.GoalView;

/** The owner changes which municipal roles a goal calls on. */
class RolesDialog extends Dialog {

    RolesDialog(GoalService goals, GoalView goal, Runnable saved) {
        setHeaderTitle(getTranslation("goals.tagRolesFor", goal.title()));
        setWidth("min(32rem, 95vw)");
        var roles = RoleTags.picker(this, goal.roles());
        FormError error = new FormError();
        add(error, roles);
        Button save = SaveButton.saveOnce(new Button(getTranslation("action.save")),
                () -> error.attempt(() -> goals.tag(goal.id(), Set.copyOf(roles.getValue()))), () -> {
            close();
            saved.run();
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), save);
    }
}
