package nl.kopgroep.rolemodels.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import nl.kopgroep.base.DomainException;
import nl.kopgroep.base.ui.DateTimeFormats;
import nl.kopgroep.base.ui.FormError;
import nl.kopgroep.base.ui.SaveButton;
import nl.kopgroep.rolemodels.Outcome;
import nl.kopgroep.rolemodels.RequestStatus;
import nl.kopgroep.rolemodels.RoleModelRequestService;
import nl.kopgroep.rolemodels.RoleModelRequestView;
import nl.kopgroep.rolemodels.RoleModelsNavigation;
import nl.kopgroep.sessions.SessionsNavigation;
import org.jspecify.annotations.Nullable;

/**
 * The requests for a conversation that the signed-in person handles — as administrator of the role models'
 * municipality or as the role model — open ones first: accept or decline with a short answer, then log the meeting.
 */
@Route("rolmodellen/verzoeken")
@PermitAll
class RoleModelRequestsView extends Main implements HasDynamicTitle, RoleModelsNavigation.RequestsRoute {

    private final RoleModelRequestService requests;
    private final DateTimeFormats formats;

    RoleModelRequestsView(RoleModelRequestService requests, DateTimeFormats formats) {
        this.requests = requests;
        this.formats = formats;
        addClassNames("page", "role-model-requests-page");
        render();
    }

    private void render() {
        removeAll();
        add(new H1(getTranslation("roleModels.requests.title")), new Paragraph(getTranslation("roleModels.requests.intro")));
        List<RoleModelRequestView> list = requests.incoming();
        if (list.isEmpty()) {
            add(new Paragraph(getTranslation("roleModels.requests.none")));
        }
        for (RoleModelRequestView request : list) {
            add(request(request));
        }
    }

    private Article request(RoleModelRequestView request) {
        Article article = new Article(new H2(getTranslation("roleModels.requests.heading", request.participantName(),
                request.participantMunicipality(), request.roleModelName())));
        article.addClassNames("home-section", "role-model-request");
        article.add(new Paragraph(getTranslation("roleModels.askedOn", formats.date(request.createdAt()), request.question())),
                new Paragraph(getTranslation("roleModels.requests.status", getTranslation(request.status().labelKey()))));
        if (request.answer() != null) {
            article.add(new Paragraph(getTranslation("roleModels.answerText", request.answer())));
        }
        FormError error = new FormError();
        if (request.status() == RequestStatus.ASKED) {
            TextArea answer = new TextArea(getTranslation("roleModels.request.answerFor", request.participantName()));
            answer.setMaxLength(2000);
            answer.setWidthFull();
            Button accept = new Button(getTranslation("roleModels.requests.accept"), e -> {
                if (error.attempt(() -> requests.accept(request.id(), answer.getValue()))) {
                    render();
                }
            });
            accept.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            Button decline = new Button(getTranslation("roleModels.requests.decline"), e -> {
                if (error.attempt(() -> requests.decline(request.id(), answer.getValue()))) {
                    render();
                }
            });
            article.add(answer, error, accept, decline);
        } else if (request.status() == RequestStatus.ACCEPTED) {
            DatePicker on = new DatePicker(getTranslation("roleModels.requests.meetingDate"));
            on.setLocale(getLocale());
            on.setMax(LocalDate.now(formats.zone()));
            Button log = SaveButton.saveOnce(new Button(getTranslation("roleModels.requests.logMeeting")), () -> {
                if (on.getValue() == null) {
                    error.show(new DomainException("roleModels.error.meetingDate"));
                    return false;
                }
                return error.attempt(() -> requests.logMeeting(request.id(), on.getValue()));
            }, this::render);
            log.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            article.add(on, error, log);
            if (request.plannable()) {
                article.add(planAsSession(request));
            }
        } else if (request.outcome() == Outcome.SESSION && request.session() != null && request.meetingOn() != null) {
            article.add(new Paragraph(getTranslation("roleModels.plannedAsSession", formats.date(request.meetingOn()))),
                    new Anchor(SessionsNavigation.adminSession(request.session()), getTranslation("roleModels.openSession")));
        } else if (request.meetingOn() != null) {
            article.add(new Paragraph(getTranslation("roleModels.meetingOn", formats.date(request.meetingOn()))));
        }
        return article;
    }

    /** The accepted conversation as a session of kind rolmodelgesprek, with a seat for the participant only. */
    private Section planAsSession(RoleModelRequestView request) {
        Section section = new Section(new H3(getTranslation("roleModels.requests.planTitle")));
        section.addClassName("role-model-plan-session");
        TextField title = new TextField(getTranslation("roleModels.requests.sessionTitle"));
        title.setValue(getTranslation("roleModels.requests.sessionTitleDefault", request.roleModelName()));
        title.setMaxLength(200);
        title.setRequiredIndicatorVisible(true);
        DateTimePicker start = new DateTimePicker(getTranslation("roleModels.requests.sessionStart"));
        DateTimePicker end = new DateTimePicker(getTranslation("roleModels.requests.sessionEnd"));
        for (DateTimePicker picker : List.of(start, end)) {
            picker.setLocale(getLocale());
            picker.setMin(LocalDateTime.now(formats.zone()));
        }
        start.addValueChangeListener(e -> {
            if (e.getValue() != null && end.isEmpty()) {
                end.setValue(e.getValue().plusHours(1));
            }
        });
        TextField place = new TextField(getTranslation("roleModels.requests.sessionPlace"));
        place.setMaxLength(200);
        TextField online = new TextField(getTranslation("roleModels.requests.sessionOnline"));
        online.setMaxLength(500);
        FormError error = new FormError();
        Button plan = SaveButton.saveOnce(new Button(getTranslation("roleModels.requests.planSession")),
                () -> error.attempt(() -> requests.planAsSession(request.id(), title.getValue(), instant(start.getValue()),
                        instant(end.getValue()), place.getValue(), online.getValue())), this::render);
        FormLayout fields = new FormLayout(title, start, end, place, online);
        section.add(fields, error, plan);
        return section;
    }

    private @Nullable Instant instant(@Nullable LocalDateTime local) {
        return local == null ? null : local.atZone(formats.zone()).toInstant();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("roleModels.requests.title");
    }
}
