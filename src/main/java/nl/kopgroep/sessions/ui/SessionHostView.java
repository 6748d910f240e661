package nl.kopgroep.sessions.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.stream.Collectors;
import nl.kopgroep.base.NotFoundException;
import nl.kopgroep.base.ui.DateTimeFormats;
import nl.kopgroep.base.ui.FormError;
import nl.kopgroep.base.ui.SaveButton;
import nl.kopgroep.base.ui.LimitedUploadHandler;
import nl.kopgroep.security.CurrentUser;
import nl.kopgroep.security.Role;
import nl.kopgroep.sessions.Attendee;
import nl.kopgroep.sessions.HostedSession;
import nl.kopgroep.sessions.SessionHostingService;
import nl.kopgroep.sessions.SessionId;
import nl.kopgroep.sessions.SessionPlanningService;
import nl.kopgroep.sessions.SessionSummary;
import nl.kopgroep.sessions.SessionsNavigation;
import nl.kopgroep.sessions.SignupStatus;

/**
 * Running one session, for the administrators of the municipality that planned it (change, cancel) and its
 * facilitators: who signed up, attendance once it started, and the harvest (notes, links, graphic recording).
 */
@Route(SessionsNavigation.ADMIN_PATH + "/:id([0-9]+)")
@RolesAllowed({Role.Names.ADMIN, Role.Names.COACH})
class SessionHostView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private static final int RECORDING_LIMIT = 10 * 1024 * 1024;

    private final SessionHostingService hosting;
    private final SessionPlanningService planning;
    private final CurrentUser currentUser;
    private final DateTimeFormats formats;
    private SessionId id = new SessionId(1);
    private String title = "";

    SessionHostView(SessionHostingService hosting, SessionPlanningService planning, CurrentUser currentUser,
                    DateTimeFormats formats) {
        this.hosting = hosting;
        this.planning = planning;
        this.currentUser = currentUser;
        this.formats = formats;
        addClassNames("page", "session-host-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            id = new SessionId(event.getRouteParameters().get("id").flatMap(SessionView::parse)
                    .orElseThrow(NotFoundException::new));
            show();
        } catch (NotFoundException e) {
            event.rerouteToError(com.vaadin.flow.router.NotFoundException.class);
        }
    }

    private void show() {
        HostedSession hosted = hosting.hosted(id);
        SessionSummary s = hosted.summary();
        title = s.title();
        removeAll();
        boolean admin = currentUser.hasRole(Role.ADMIN);
        add(new Anchor(admin ? SessionsNavigation.ADMIN_PATH : "", getTranslation("sessions.admin.back")),
                new H1(s.title()),
                new Paragraph(getTranslation(s.kind().labelKey()) + " · " + SessionTexts.when(formats, s) + " · "
                        + SessionTexts.where(this, s) + " · " + SessionTexts.seats(this, s)));
        if (s.cancelled()) {
            add(new Paragraph(getTranslation("sessions.cancelledNotice")));
        }
        add(attendees(hosted));
        add(harvest(hosted));
        if (admin) {
            planningSection(s).ifPresent(this::add);
        }
    }

    private Section attendees(HostedSession hosted) {
        Section section = new Section(new H2(getTranslation("sessions.host.signups")));
        section.addClassName("home-section");
        Grid<Attendee> grid = new Grid<>();
        grid.addThemeVariants(GridVariant.LUMO_NO_BORDER, GridVariant.LUMO_ROW_STRIPES);
        grid.setAllRowsVisible(true);
        grid.setAriaLabel(getTranslation("sessions.host.signups"));
        grid.addColumn(Attendee::name).setHeader(getTranslation("sessions.host.name"));
        grid.addColumn(a -> a.position() != null ? getTranslation("sessions.waitingPosition", a.position())
                : getTranslation(a.status().labelKey())).setHeader(getTranslation("sessions.host.status"));
        grid.addColumn(a -> a.attended() ? getTranslation("sessions.host.present") : "")
                .setHeader(getTranslation("sessions.host.attendance"));
        grid.setItems(hosted.attendees());
        section.add(hosted.attendees().isEmpty() ? new Paragraph(getTranslation("sessions.host.noSignups")) : grid);
        if (hosted.started() && !hosted.summary().cancelled()) {
            List<Attendee> confirmed = hosted.attendees().stream().filter(a -> a.status() == SignupStatus.CONFIRMED).toList();
            CheckboxGroup<Attendee> present = new CheckboxGroup<>(getTranslation("sessions.host.whoPresent"));
            present.setItems(confirmed);
            present.setItemLabelGenerator(Attendee::name);
            present.setValue(confirmed.stream().filter(Attendee::attended).collect(Collectors.toSet()));
            FormError error = new FormError();
            Button save = new Button(getTranslation("sessions.host.saveAttendance"), click -> {
                if (error.attempt(() -> hosting.registerAttendance(id,
                        present.getValue().stream().map(Attendee::id).collect(Collectors.toSet())))) {
                    show();
                }
            });
            save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            section.add(present, error, save);
        }
        return section;
    }

    private Section harvest(HostedSession hosted) {
        Section section = new Section(new H2(getTranslation("sessions.harvest.title")),
                new Paragraph(getTranslation("sessions.host.harvestIntro")));
        section.addClassName("home-section");
        TextArea notes = new TextArea(getTranslation("sessions.host.notes"));
        notes.setWidthFull();
        notes.setMaxLength(20_000);
        notes.setValue(hosted.harvest().notes() == null ? "" : hosted.harvest().notes());
        FormError notesError = new FormError();
        Button saveNotes = new Button(getTranslation("sessions.host.saveNotes"), click -> {
            if (notesError.attempt(() -> hosting.saveNotes(id, notes.getValue()))) {
                notesError.clear();
            }
        });
        section.add(notes, notesError, saveNotes);

        UnorderedList links = new UnorderedList();
        hosted.harvest().links().forEach(l -> links.add(new ListItem(new Anchor(l.url(), l.label()))));
        TextField label = new TextField(getTranslation("sessions.host.linkLabel"));
        label.setMaxLength(200);
        TextField url = new TextField(getTranslation("sessions.host.linkUrl"));
        url.setMaxLength(500);
        url.setHelperText(getTranslation("sessions.onlineLinkHelp"));
        FormError linkError = new FormError();
        Button addLink = SaveButton.saveEach(new Button(getTranslation("sessions.host.addLink")), () -> {
            if (linkError.attempt(() -> hosting.addLink(id, label.getValue(), url.getValue()))) {
                show();
            }
        });
        section.add(new H2(getTranslation("sessions.host.links")), links, new HorizontalLayout(label, url), linkError, addLink);

        FormError uploadError = new FormError();
        Upload upload = new Upload(new LimitedUploadHandler(RECORDING_LIMIT,
                (fileName, bytes) -> getUI().ifPresent(ui -> ui.access(() -> {
                    if (uploadError.attempt(() -> hosting.attachRecording(id, fileName, bytes))) {
                        show();
                    }
                })),
                fileName -> getUI().ifPresent(ui -> ui.access(() -> uploadError.show(
                        new nl.kopgroep.base.DomainException("sessions.recordingSize", RECORDING_LIMIT / (1024 * 1024)))))));
        upload.setAcceptedFileTypes(".png", ".jpg", ".jpeg", ".pdf", "image/png", "image/jpeg", "application/pdf");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(RECORDING_LIMIT);
        upload.setUploadButton(new Button(getTranslation("sessions.host.upload")));
        section.add(new H2(getTranslation("sessions.host.recording")));
        if (hosted.harvest().recording() != null) {
            section.add(new Paragraph(getTranslation("sessions.host.currentRecording", hosted.harvest().recording().fileName())));
        }
        section.add(upload, uploadError);
        return section;
    }

    private java.util.Optional<Section> planningSection(SessionSummary summary) {
        nl.kopgroep.sessions.SessionForm current;
        try {
            current = planning.form(id);
        } catch (NotFoundException e) {
            return java.util.Optional.empty();
        }
        Section section = new Section(new H2(getTranslation("sessions.admin.change")));
        section.addClassName("home-section");
        if (summary.cancelled()) {
            return java.util.Optional.empty();
        }
        SessionFormPanel form = new SessionFormPanel(formats.zone(), planning.audiences(), planning.facilitatorCandidates(),
                planning.moduleOptions(), planning.competencyOptions());
        form.fill(current);
        FormError error = new FormError();
        Button save = new Button(getTranslation("sessions.admin.save"), click -> {
            if (error.attempt(() -> planning.update(id, form.read()))) {
                show();
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("sessions.admin.cancel"), click -> {
            if (error.attempt(() -> planning.cancel(id))) {
                show();
            }
        });
        cancel.addThemeVariants(ButtonVariant.LUMO_ERROR);
        section.add(form, error, new HorizontalLayout(save, cancel));
        return java.util.Optional.of(section);
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
