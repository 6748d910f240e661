package nl.kopgroep.connections.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.validator.StringLengthValidator;
import nl.kopgroep.base.ui.FormError;
import nl.kopgroep.base.ui.SaveButton;
import nl.kopgroep.connections.ActorForm;
import nl.kopgroep.connections.ActorKind;
import nl.kopgroep.connections.ConnectionMapService;
import nl.kopgroep.connections.MapActor;
import org.jspecify.annotations.Nullable;

/** Adds or changes an actor. A refusal shows in the dialog and keeps what was typed. */
class ActorDialog extends Dialog {

    final TextField name = new TextField();
    final Select<ActorKind> kind = new Select<>();
    final TextField department = new TextField();
    final TextField organisation = new TextField();
    final TextArea note = new TextArea();
    final FormError error = new FormError();
    final Button save;

    ActorDialog(ConnectionMapService service, @Nullable MapActor editing, Runnable saved) {
        setHeaderTitle(getTranslation(editing == null ? "connections.addActor" : "connections.editActor"));
        name.setLabel(getTranslation("connections.field.name"));
        name.setHelperText(getTranslation("connections.field.nameHelp"));
        name.setRequiredIndicatorVisible(true);
        name.setMaxLength(120);
        kind.setLabel(getTranslation("connections.field.kind"));
        kind.setItems(ActorKind.values());
        kind.setItemLabelGenerator(k -> k.letter() + " · " + getTranslation(k.labelKey()));
        kind.setRequiredIndicatorVisible(true);
        department.setLabel(getTranslation("connections.field.department"));
        department.setHelperText(getTranslation("connections.field.departmentHelp"));
        department.setMaxLength(120);
        organisation.setLabel(getTranslation("connections.field.organisation"));
        organisation.setMaxLength(120);
        note.setLabel(getTranslation("connections.field.note"));
        note.setHelperText(getTranslation("connections.field.noteHelp"));
        note.setMaxLength(500);

        Binder<ActorForm> binder = new Binder<>(ActorForm.class);
        binder.forField(name).asRequired(getTranslation("connections.actorNameRequired"))
                .withValidator(new StringLengthValidator(getTranslation("connections.tooLongShort", 120), 0, 120))
                .bind(ActorForm::getName, ActorForm::setName);
        binder.forField(kind).asRequired(getTranslation("connections.kindRequired"))
                .bind(ActorForm::getKind, ActorForm::setKind);
        binder.forField(department).bind(f -> nullToEmpty(f.getDepartment()), ActorForm::setDepartment);
        binder.forField(organisation).bind(f -> nullToEmpty(f.getOrganisationName()), ActorForm::setOrganisationName);
        binder.forField(note).withValidator(new StringLengthValidator(getTranslation("connections.tooLongShort", 500), 0, 500))
                .bind(f -> nullToEmpty(f.getNote()), ActorForm::setNote);
        ActorForm form = editing == null ? new ActorForm() : ActorForm.of(editing);
        binder.readBean(form);

        FormLayout layout = new FormLayout(name, kind, department, organisation, note);
        layout.setColspan(note, 2);
        add(error, layout);
        save = SaveButton.saveOnce(new Button(getTranslation("connections.save")),
                () -> binder.writeBeanIfValid(form) && error.attempt(() -> {
                    if (editing == null) {
                        service.addActor(form);
                    } else {
                        service.updateActor(editing.id(), form);
                    }
                }), () -> {
                    close();
                    saved.run();
                });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("connections.cancel"), click -> close()), save);
    }

    private static String nullToEmpty(@Nullable String value) {
        return value == null ? "" : value;
    }
}
