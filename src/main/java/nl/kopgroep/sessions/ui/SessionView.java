package nl.kopgroep.sessions.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import nl.kopgroep.base.MunicipalRole;
import nl.kopgroep.base.NotFoundException;
import nl.kopgroep.base.ui.DateTimeFormats;
import nl.kopgroep.base.ui.FormError;
import nl.kopgroep.base.ui.SaveButton;
import nl.kopgroep.journal.JournalNavigation;
import nl.kopgroep.organisation.Person;
import nl.kopgroep.security.Role;
import nl.kopgroep.sessions.CaseForm;
import nl.kopgroep.sessions.RecordingFile;
import nl.kopgroep.sessions.SessionCase;
import nl.kopgroep.sessions.SessionDetail;
import nl.kopgroep.sessions.SessionId;
import nl.kopgroep.sessions.SessionKind;
import nl.kopgroep.sessions.SessionService;
import nl.kopgroep.sessions.SessionSummary;
import nl.kopgroep.sessions.SignupStatus;
import nl.kopgroep.sessions.SessionsNavigation;

/**
 * One session for a participant: what, when, where; signing up alone or as a team, answering a colleague's
 * invitation, cancelling before the deadline; the case for a casusworkshop and the others' cases once confirmed; the
 * harvest and a journal entry about it; the calendar file. A session they may not see is the not-found page.
 */
@Route(SessionsNavigation.PATH + "/:id([0-9]+)")
@RolesAllowed(Role.Names.PARTICIPANT)
class SessionView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final SessionService sessions;
    private final DateTimeFormats formats;
    private final FormError error = new FormError();
    private SessionId id = new SessionId(1);
    private String title = "";

    SessionView(SessionService sessions, DateTimeFormats formats) {
        this.sessions = sessions;
        this.formats = formats;
        addClassNames("page", "session-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<Long> value = event.getRouteParameters().get("id").flatMap(SessionView::parse);
        try {
            id = new SessionId(value.orElseThrow(NotFoundException::new));
            show(sessions.session(id));
        } catch (NotFoundException e) {
            event.rerouteToError(com.vaadin.flow.router.NotFoundException.class);
        }
    }

    static Optional<Long> parse(String text) {
        try {
            long value = Long.parseLong(text);
            return value > 0 ? Optional.of(value) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private void reload() {
        show(sessions.session(id));
    }

    private void show(SessionDetail detail) {
        SessionSummary s = detail.summary();
        title = s.title();
        removeAll();
        error.clear();
        add(new Anchor(SessionsNavigation.sessions(), getTranslation("sessions.back")), new H1(s.title()));
        if (s.cancelled()) {
            Paragraph cancelled = new Paragraph(getTranslation("sessions.cancelledNotice"));
            cancelled.addClassName("notice");
            add(cancelled);
        }
        Div facts = new Div(
                fact("sessions.kind", getTranslation(s.kind().labelKey())),
                fact("sessions.when", SessionTexts.when(formats, s)),
                fact("sessions.where", SessionTexts.where(this, s)),
                fact("sessions.seats", SessionTexts.seats(this, s)),
                fact("sessions.deadline", formats.dateTime(detail.cancelDeadline())));
        if (!detail.facilitators().isEmpty()) {
            facts.add(fact("sessions.facilitators", String.join(", ", detail.facilitators())));
        }
        if (s.onlineLink() != null && !s.onlineLink().isBlank()) {
            facts.add(new Paragraph(new Anchor(s.onlineLink(), getTranslation("sessions.onlineLink"))));
        }
        if (detail.module() != null) {
            Paragraph module = new Paragraph(getTranslation("sessions.module") + ": ");
            module.add(new Anchor(nl.kopgroep.programme.ProgrammeNavigation.module(detail.module().code()),
                    detail.module().name()));
            module.addClassName("session-fact");
            facts.add(module);
        }
        if (detail.competency() != null) {
            facts.add(fact("sessions.competency", detail.competency().name()));
        }
        if (s.myStatus() != null) {
            facts.add(fact("sessions.myStatus", SessionTexts.mine(this, s)));
        }
        facts.addClassName("session-facts");
        add(facts);
        if (detail.description() != null) {
            add(new Paragraph(detail.description()));
        }
        add(error);
        add(actions(detail));
        add(new Paragraph(new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] ics = sessions.calendarFile(id).getBytes(StandardCharsets.UTF_8);
            return new DownloadResponse(new ByteArrayInputStream(ics), "bijeenkomst-" + id.value() + ".ics",
                    "text/calendar", ics.length);
        }), getTranslation("sessions.icsDownload"))));
        if (s.kind() == SessionKind.CASUSWORKSHOP) {
            add(caseSection(detail));
        }
        if (!detail.harvest().empty()) {
            add(harvest(detail));
        }
        if (detail.attended()) {
            add(new Paragraph(new Anchor(JournalNavigation.newEntryAbout("bijeenkomst", id.value()),
                    getTranslation("sessions.writeEntry"))));
        }
    }

    private Paragraph fact(String labelKey, String value) {
        Paragraph p = new Paragraph(getTranslation(labelKey) + ": " + value);
        p.addClassName("session-fact");
        return p;
    }

    private Section actions(SessionDetail detail) {
        SessionSummary s = detail.summary();
        Section section = new Section();
        section.addClassName("home-section");
        HorizontalLayout buttons = new HorizontalLayout();
        boolean open = !s.cancelled() && !detail.started();
        SignupStatus mine = s.myStatus();
        if (open && (mine == null || mine == SignupStatus.CANCELLED)) {
            Button signUp = new Button(getTranslation(s.full() ? "sessions.joinWaitingList" : "sessions.signUp"),
                    click -> act(() -> sessions.signUp(id)));
            signUp.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            buttons.add(signUp);
        }
        if (open && mine == SignupStatus.INVITED) {
            Button accept = new Button(getTranslation("sessions.acceptInvitation"), click -> act(() -> sessions.acceptInvitation(id)));
            accept.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            buttons.add(accept, new Button(getTranslation("sessions.declineInvitation"),
                    click -> act(() -> sessions.declineInvitation(id))));
            section.add(new Paragraph(getTranslation("sessions.invitedNotice")));
        }
        if (detail.mayCancel()) {
            Button cancel = new Button(getTranslation("sessions.cancelSignup"), click -> act(() -> sessions.cancel(id)));
            cancel.addThemeVariants(ButtonVariant.LUMO_ERROR);
            buttons.add(cancel);
        }
        section.add(buttons);
        List<Person> candidates = sessions.teamCandidates();
        if (open && !candidates.isEmpty() && (mine == null || mine == SignupStatus.CANCELLED || mine == SignupStatus.CONFIRMED
                || mine == SignupStatus.WAITING)) {
            MultiSelectComboBox<Person> team = new MultiSelectComboBox<>(getTranslation("sessions.team.colleagues"));
            team.setItems(candidates);
            team.setItemLabelGenerator(Person::displayName);
            team.setHelperText(getTranslation("sessions.team.help"));
            team.setWidthFull();
            Button signUpTeam = SaveButton.saveEach(new Button(getTranslation("sessions.team.signUp")), () -> {
                if (team.getSelectedItems().isEmpty()) {
                    error.show(new nl.kopgroep.base.DomainException("sessions.team.none"));
                    return;
                }
                act(() -> sessions.signUpTeam(id, team.getSelectedItems().stream().map(Person::id).toList()));
            });
            section.add(new H2(getTranslation("sessions.team.title")), team, signUpTeam);
        }
        return section;
    }

    private Section caseSection(SessionDetail detail) {
        Section section = new Section(new H2(getTranslation("sessions.case.title")));
        section.addClassName("home-section");
        SignupStatus mine = detail.summary().myStatus();
        boolean signedUp = mine == SignupStatus.CONFIRMED || mine == SignupStatus.WAITING;
        if (signedUp && !detail.started()) {
            TextArea situation = new TextArea(getTranslation("sessions.case.situation"));
            situation.setMaxLength(2000);
            situation.setWidthFull();
            TextArea question = new TextArea(getTranslation("sessions.case.question"));
            question.setMaxLength(1000);
            question.setWidthFull();
            Select<MunicipalRole> role = new Select<>();
            role.setLabel(getTranslation("sessions.case.role"));
            role.setItems(Arrays.asList(MunicipalRole.values()));
            role.setItemLabelGenerator(r -> r == null ? "" : getTranslation(r.labelKey()));
            role.setEmptySelectionAllowed(true);
            role.setEmptySelectionCaption(getTranslation("sessions.case.noRole"));
            if (detail.myCase() != null) {
                situation.setValue(detail.myCase().situation());
                question.setValue(detail.myCase().question());
                role.setValue(detail.myCase().role());
            }
            FormError caseError = new FormError();
            Button save = SaveButton.saveEach(new Button(getTranslation("sessions.case.save")), () -> {
                if (caseError.attempt(() -> sessions.submitCase(id,
                        new CaseForm(situation.getValue(), question.getValue(), role.getValue())))) {
                    caseError.clear();
                    section.add(new Paragraph(getTranslation("sessions.case.saved")));
                }
            });
            save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            section.add(new Paragraph(getTranslation("sessions.case.intro")), situation, question, role, caseError, save);
        }
        if (mine == SignupStatus.CONFIRMED) {
            List<SessionCase> cases = sessions.cases(id);
            section.add(new H3(getTranslation("sessions.case.all")));
            if (cases.isEmpty()) {
                section.add(new Paragraph(getTranslation("sessions.case.none")));
            }
            for (SessionCase c : cases) {
                Div card = new Div(new H3(c.author()),
                        new Paragraph(getTranslation("sessions.case.situation") + ": " + c.situation()),
                        new Paragraph(getTranslation("sessions.case.question") + ": " + c.question()));
                if (c.role() != null) {
                    card.add(new Paragraph(getTranslation("sessions.case.role") + ": " + getTranslation(c.role().labelKey())));
                }
                card.addClassName("session-case");
                section.add(card);
            }
        } else if (!signedUp) {
            section.add(new Paragraph(getTranslation("sessions.case.signUpFirst")));
        }
        return section;
    }

    private Section harvest(SessionDetail detail) {
        Section section = new Section(new H2(getTranslation("sessions.harvest.title")));
        section.addClassName("home-section");
        SessionDetail.Harvest harvest = detail.harvest();
        if (harvest.notes() != null) {
            Paragraph notes = new Paragraph(harvest.notes());
            notes.getStyle().set("white-space", "pre-line");
            section.add(notes);
        }
        if (!harvest.links().isEmpty()) {
            UnorderedList links = new UnorderedList();
            harvest.links().forEach(l -> {
                Anchor anchor = new Anchor(l.url(), l.label());
                anchor.setTarget("_blank");
                anchor.getElement().setAttribute("rel", "noopener noreferrer");
                links.add(new ListItem(anchor));
            });
            section.add(links);
        }
        if (harvest.recording() != null) {
            section.add(new Paragraph(new Anchor(DownloadHandler.fromInputStream(event -> {
                RecordingFile file = sessions.recording(id);
                return new DownloadResponse(new ByteArrayInputStream(file.content()), file.fileName(), file.contentType(),
                        file.content().length);
            }), getTranslation("sessions.harvest.recording", harvest.recording().fileName()))));
        }
        return section;
    }

    private void act(Runnable action) {
        if (error.attempt(action)) {
            reload();
        }
    }

    @Override
    public String getPageTitle() {
        return title.isEmpty() ? getTranslation("sessions.pageTitle") : title;
    }
}
