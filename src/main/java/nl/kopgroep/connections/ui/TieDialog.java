package nl.kopgroep.connections.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.data.binder.Binder;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.kopgroep.base.MunicipalRole;
import nl.kopgroep.base.ui.FormError;
import nl.kopgroep.base.ui.SaveButton;
import nl.kopgroep.connections.ConnectionMapService;
import nl.kopgroep.connections.MapActor;
import nl.kopgroep.connections.MapAnalysis;
import nl.kopgroep.connections.MapTie;
import nl.kopgroep.connections.TieForm;
import nl.kopgroep.connections.TieStrength;
import nl.kopgroep.connections.TieType;
import org.jspecify.annotations.Nullable;

/** Adds or changes a tie: between me and an actor or between two actors, with its type, strength and what it serves. */
class TieDialog extends Dialog {

    final ComboBox<Long> from = new ComboBox<>();
    final ComboBox<Long> to = new ComboBox<>();
    final RadioButtonGroup<TieType> type = new RadioButtonGroup<>();
    final RadioButtonGroup<TieStrength> strength = new RadioButtonGroup<>();
    final DatePicker since = new DatePicker();
    final CheckboxGroup<MunicipalRole> roles = new CheckboxGroup<>();
    final MultiSelectComboBox<Long> goals = new MultiSelectComboBox<>();
    final MultiSelectComboBox<String> commitments = new MultiSelectComboBox<>();
    final FormError error = new FormError();
    final Button save;

    TieDialog(ConnectionMapService service, List<MapActor> actors, Map<Long, String> goalOptions,
              Map<String, String> commitmentOptions, @Nullable MapTie editing, Runnable saved) {
        setHeaderTitle(getTranslation(editing == null ? "connections.addTie" : "connections.editTie"));
        Map<Long, String> names = new java.util.HashMap<>();
        actors.forEach(a -> names.put(a.id(), a.name() + " (" + a.kind().letter() + ")"));
        names.put(MapAnalysis.ME, getTranslation("connections.you"));
        List<Long> fromItems = new ArrayList<>();
        fromItems.add(MapAnalysis.ME);
        actors.forEach(a -> fromItems.add(a.id()));
        from.setLabel(getTranslation("connections.field.from"));
        from.setItems(fromItems);
        from.setItemLabelGenerator(id -> names.getOrDefault(id, "?"));
        from.setRequiredIndicatorVisible(true);
        to.setLabel(getTranslation("connections.field.to"));
        to.setItems(actors.stream().map(MapActor::id).toList());
        to.setItemLabelGenerator(id -> names.getOrDefault(id, "?"));
        to.setRequiredIndicatorVisible(true);
        type.setLabel(getTranslation("connections.field.type"));
        type.setItems(TieType.values());
        type.setItemLabelGenerator(t -> getTranslation(t.labelKey() + ".help"));
        type.setRequiredIndicatorVisible(true);
        strength.setLabel(getTranslation("connections.field.strength"));
        strength.setItems(TieStrength.values());
        strength.setItemLabelGenerator(s -> getTranslation(s.labelKey()));
        since.setLabel(getTranslation("connections.field.since"));
        since.setMax(LocalDate.now());
        roles.setLabel(getTranslation("connections.field.roles"));
        roles.setItems(MunicipalRole.values());
        roles.setItemLabelGenerator(r -> getTranslation(r.labelKey()));
        goals.setLabel(getTranslation("connections.field.goals"));
        goals.setItems(new ArrayList<>(goalOptions.keySet()));
        goals.setItemLabelGenerator(id -> goalOptions.getOrDefault(id, "?"));
        commitments.setLabel(getTranslation("connections.field.commitments"));
        commitments.setItems(new ArrayList<>(commitmentOptions.keySet()));
        commitments.setItemLabelGenerator(code -> code + " " + commitmentOptions.getOrDefault(code, ""));
        commitments.setVisible(!commitmentOptions.isEmpty());

        Binder<TieForm> binder = new Binder<>(TieForm.class);
        binder.forField(from).asRequired(getTranslation("connections.tieFromRequired"))
                .bind(f -> f.getFromActor() == null ? MapAnalysis.ME : f.getFromActor(),
                        (f, v) -> f.setFromActor(v == null || v == MapAnalysis.ME ? null : v));
        binder.forField(to).asRequired(getTranslation("connections.tieToRequired"))
                .bind(TieForm::getToActor, TieForm::setToActor);
        binder.forField(type).asRequired(getTranslation("connections.tieTypeRequired")).bind(TieForm::getType, TieForm::setType);
        binder.forField(strength).bind(TieForm::getStrength, TieForm::setStrength);
        binder.forField(since).bind(TieForm::getSince, TieForm::setSince);
        binder.forField(roles).bind(TieForm::getRoles, TieForm::setRoles);
        binder.forField(goals).bind(TieForm::getGoals, TieForm::setGoals);
        binder.forField(commitments).bind(TieForm::getCommitments, TieForm::setCommitments);
        TieForm form = editing == null ? new TieForm() : TieForm.of(editing);
        binder.readBean(form);

        FormLayout layout = new FormLayout(from, to, type, strength, since, roles, goals, commitments);
        layout.setColspan(roles, 2);
        layout.setColspan(goals, 2);
        layout.setColspan(commitments, 2);
        add(error, layout);
        save = SaveButton.saveOnce(new Button(getTranslation("connections.save")),
                () -> binder.writeBeanIfValid(form) && error.attempt(() -> {
                    if (editing == null) {
                        service.addTie(form);
                    } else {
                        service.updateTie(editing.id(), form);
                    }
                }), () -> {
                    close();
                    saved.run();
                });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("connections.cancel"), click -> close()), save);
    }
}
