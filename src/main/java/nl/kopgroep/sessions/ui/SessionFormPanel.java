package nl.kopgroep.sessions.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import nl.kopgroep.organisation.Person;
import nl.kopgroep.sessions.AudienceOption;
import nl.kopgroep.sessions.ProgrammeOption;
import nl.kopgroep.sessions.SessionForm;
import nl.kopgroep.sessions.SessionKind;
import org.jspecify.annotations.Nullable;

/**
 * The fields of a session an administrator plans or changes. Reads into a {@link SessionForm}; times are entered in
 * the configured time zone. A refused save leaves every field as typed.
 */
class SessionFormPanel extends FormLayout {

    private final ZoneId zone;
    private final Select<SessionKind> kind = new Select<>();
    private final TextField title = new TextField();
    private final TextArea description = new TextArea();
    private final DateTimePicker start = new DateTimePicker();
    private final DateTimePicker end = new DateTimePicker();
    private final DateTimePicker deadline = new DateTimePicker();
    private final TextField place = new TextField();
    private final TextField onlineLink = new TextField();
    private final IntegerField capacity = new IntegerField();
    private final Select<AudienceOption> audience = new Select<>();
    private final ComboBox<ProgrammeOption> module = new ComboBox<>();
    private final ComboBox<ProgrammeOption> competency = new ComboBox<>();
    private final MultiSelectComboBox<Person> facilitators = new MultiSelectComboBox<>();

    SessionFormPanel(ZoneId zone, List<AudienceOption> audiences, List<Person> coaches, List<ProgrammeOption> modules,
                     List<ProgrammeOption> competencies) {
        this.zone = zone;
        kind.setLabel(getTranslation("sessions.kind"));
        kind.setItems(Arrays.asList(SessionKind.values()));
        kind.setItemLabelGenerator(k -> k == null ? "" : getTranslation(k.labelKey()));
        kind.setValue(SessionKind.WORKSHOP);
        title.setLabel(getTranslation("sessions.title"));
        title.setMaxLength(200);
        title.setRequiredIndicatorVisible(true);
        description.setLabel(getTranslation("sessions.description"));
        description.setMaxLength(4000);
        start.setLabel(getTranslation("sessions.start"));
        end.setLabel(getTranslation("sessions.end"));
        deadline.setLabel(getTranslation("sessions.deadline"));
        deadline.setHelperText(getTranslation("sessions.deadlineHelp"));
        place.setLabel(getTranslation("sessions.place"));
        place.setMaxLength(300);
        onlineLink.setLabel(getTranslation("sessions.onlineLink"));
        onlineLink.setMaxLength(500);
        onlineLink.setHelperText(getTranslation("sessions.onlineLinkHelp"));
        capacity.setLabel(getTranslation("sessions.capacity"));
        capacity.setMin(1);
        capacity.setMax(500);
        capacity.setValue(20);
        capacity.setStepButtonsVisible(true);
        audience.setLabel(getTranslation("sessions.audience"));
        audience.setItems(audiences);
        audience.setItemLabelGenerator(a -> a == null ? "" : getTranslation(a.type().labelKey()) + ": " + a.name());
        if (!audiences.isEmpty()) {
            audience.setValue(audiences.getFirst());
        }
        module.setLabel(getTranslation("sessions.module"));
        module.setItems(modules);
        module.setItemLabelGenerator(ProgrammeOption::name);
        module.setClearButtonVisible(true);
        competency.setLabel(getTranslation("sessions.competency"));
        competency.setItems(competencies);
        competency.setItemLabelGenerator(ProgrammeOption::name);
        competency.setClearButtonVisible(true);
        facilitators.setLabel(getTranslation("sessions.facilitators"));
        facilitators.setItems(coaches);
        facilitators.setItemLabelGenerator(Person::displayName);
        add(kind, title, start, end, place, onlineLink, capacity, deadline, audience, facilitators, module,
                competency, description);
        setColspan(description, 2);
        setColspan(title, 2);
    }

    void fill(SessionForm form) {
        kind.setValue(form.getKind());
        title.setValue(form.getTitle());
        description.setValue(form.getDescription() == null ? "" : form.getDescription());
        start.setValue(local(form.getStartsAt()));
        end.setValue(local(form.getEndsAt()));
        deadline.setValue(local(form.getCancelDeadline()));
        place.setValue(form.getPlace() == null ? "" : form.getPlace());
        onlineLink.setValue(form.getOnlineLink() == null ? "" : form.getOnlineLink());
        capacity.setValue(form.getCapacity());
        audience.getListDataView().getItems()
                .filter(a -> a.type() == form.getAudienceType() && a.id() == form.getAudienceId())
                .findFirst().ifPresent(audience::setValue);
        module.setValue(option(module, form.getModuleCode()));
        competency.setValue(option(competency, form.getCompetencyCode()));
        Set<Long> chosen = form.getFacilitators().stream().map(u -> u.value()).collect(Collectors.toSet());
        facilitators.setValue(facilitators.getListDataView().getItems().filter(p -> chosen.contains(p.id().value()))
                .collect(Collectors.toSet()));
    }

    SessionForm read() {
        SessionForm form = new SessionForm();
        form.setKind(kind.getValue() == null ? SessionKind.WORKSHOP : kind.getValue());
        form.setTitle(title.getValue());
        form.setDescription(blankToNull(description.getValue()));
        form.setStartsAt(start.getValue() == null ? null : start.getValue().atZone(zone).toInstant());
        form.setEndsAt(end.getValue() == null ? null : end.getValue().atZone(zone).toInstant());
        form.setCancelDeadline(deadline.getValue() == null ? null : deadline.getValue().atZone(zone).toInstant());
        form.setPlace(blankToNull(place.getValue()));
        form.setOnlineLink(blankToNull(onlineLink.getValue()));
        form.setCapacity(capacity.getValue() == null ? 0 : capacity.getValue());
        if (audience.getValue() != null) {
            form.setAudienceType(audience.getValue().type());
            form.setAudienceId(audience.getValue().id());
        }
        form.setModuleCode(module.getValue() == null ? null : module.getValue().code());
        form.setCompetencyCode(competency.getValue() == null ? null : competency.getValue().code());
        form.setFacilitators(facilitators.getValue().stream().map(Person::id).collect(Collectors.toSet()));
        return form;
    }

    private static @Nullable ProgrammeOption option(ComboBox<ProgrammeOption> field, @Nullable String code) {
        return code == null ? null : field.getListDataView().getItems().filter(o -> o.code().equals(code)).findFirst()
                .orElse(null);
    }

    private @Nullable LocalDateTime local(java.time.@Nullable Instant instant) {
        return instant == null ? null : LocalDateTime.ofInstant(instant, zone);
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
