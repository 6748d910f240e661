package nl.kopgroep.goals.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Span;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import nl.kopgroep.base.MunicipalRole;

/** The four municipal roles on goals and check-ins: a labelled choice in the dialogs, small badges on the card. */
final class RoleTags {

    private RoleTags() {
    }

    /** A group of four checkboxes with a label; none ticked is a fine answer. */
    static CheckboxGroup<MunicipalRole> picker(Component owner, Collection<MunicipalRole> selected) {
        CheckboxGroup<MunicipalRole> roles = new CheckboxGroup<>(owner.getTranslation("goals.roles"));
        roles.setItems(MunicipalRole.values());
        roles.setItemLabelGenerator(role -> owner.getTranslation(role.labelKey()));
        roles.setHelperText(owner.getTranslation("goals.rolesHelp"));
        roles.setValue(java.util.Set.copyOf(selected));
        roles.addClassName("role-picker");
        return roles;
    }

    /** The roles as badges after a short label, so a screen reader also says what they are; null when none. */
    static @org.jspecify.annotations.Nullable Span badges(Component owner, List<MunicipalRole> roles) {
        if (roles.isEmpty()) {
            return null;
        }
        Span line = new Span();
        line.addClassName("role-badges");
        Span label = new Span(owner.getTranslation("goals.roles") + ": ");
        label.addClassName("role-badges-label");
        line.add(label);
        for (MunicipalRole role : roles) {
            Span badge = new Span(owner.getTranslation(role.labelKey()));
            badge.addClassNames("role-badge", "role-" + role.name().toLowerCase(Locale.ROOT));
            line.add(badge);
        }
        return line;
    }
}
