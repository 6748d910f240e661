package nl.kopgroep.rolemodels.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import nl.kopgroep.base.MunicipalRole;
import nl.kopgroep.base.ui.DateTimeFormats;
import nl.kopgroep.base.ui.FormError;
import nl.kopgroep.base.ui.SaveButton;
import nl.kopgroep.programme.Competency;
import nl.kopgroep.rolemodels.Outcome;
import nl.kopgroep.rolemodels.RoleModelCard;
import nl.kopgroep.rolemodels.RoleModelRequestService;
import nl.kopgroep.rolemodels.RoleModelRequestView;
import nl.kopgroep.rolemodels.RoleModelService;
import nl.kopgroep.rolemodels.RoleModelsNavigation;
import nl.kopgroep.security.Role;

/**
 * The role models a participant may ask for a conversation, filtered by competency and municipal role, with a
 * request form on each, and the participant's own requests (a logged meeting leads to a journal entry).
 */
@Menu(order = 29, icon = "vaadin:user-star", title = "nav.roleModels")
@Route("rolmodellen")
@RolesAllowed(Role.Names.PARTICIPANT)
class RoleModelsView extends Main implements HasDynamicTitle, RoleModelsNavigation.DirectoryRoute {

    private static final Competency ANY_COMPETENCY = new Competency("", "");

    private final RoleModelService directory;
    private final RoleModelRequestService requests;
    private final DateTimeFormats formats;
    private final Select<Competency> competency = new Select<>();
    private final Select<Optional<MunicipalRole>> role = new Select<>();
    private final Section cards = new Section();
    private final Section mine = new Section();

    RoleModelsView(RoleModelService directory, RoleModelRequestService requests, DateTimeFormats formats) {
        this.directory = directory;
        this.requests = requests;
        this.formats = formats;
        addClassNames("page", "role-models-page");
        List<Competency> competencies = new ArrayList<>();
        competencies.add(ANY_COMPETENCY);
        competencies.addAll(directory.competencies());
        competency.setLabel(getTranslation("roleModels.filter.competency"));
        competency.setItems(competencies);
        competency.setItemLabelGenerator(c -> c.code().isEmpty() ? getTranslation("roleModels.filter.any") : c.name());
        competency.setValue(ANY_COMPETENCY);
        List<Optional<MunicipalRole>> roles = new ArrayList<>();
        roles.add(Optional.empty());
        Arrays.stream(MunicipalRole.values()).map(Optional::of).forEach(roles::add);
        role.setLabel(getTranslation("roleModels.filter.role"));
        role.setItems(roles);
        role.setItemLabelGenerator(r -> r.map(m -> getTranslation(m.labelKey())).orElse(getTranslation("roleModels.filter.any")));
        role.setValue(Optional.empty());
        competency.addValueChangeListener(e -> renderCards());
        role.addValueChangeListener(e -> renderCards());
        cards.addClassName("role-model-cards");
        mine.addClassNames("home-section", "role-model-my-requests");
        add(new H1(getTranslation("roleModels.title")), new Paragraph(getTranslation("roleModels.intro")), competency, role,
                cards, mine);
        renderCards();
        renderMine();
    }

    private void renderCards() {
        cards.removeAll();
        Optional<String> code = Optional.ofNullable(competency.getValue()).map(Competency::code).filter(c -> !c.isEmpty());
        List<RoleModelCard> found = directory.directory(code, role.getValue() == null ? Optional.empty() : role.getValue());
        if (found.isEmpty()) {
            cards.add(new Paragraph(getTranslation("roleModels.noneFound")));
        }
        for (RoleModelCard card : found) {
            cards.add(card(card));
        }
    }

    private Article card(RoleModelCard card) {
        Article article = new Article(new H2(card.name()));
        article.addClassNames("home-section", "role-model-card");
        article.add(new Paragraph(getTranslation(card.inside() ? "roleModels.inside" : "roleModels.outside",
                card.roleTitle(), card.employer())));
        if (!card.own()) {
            article.add(new Paragraph(getTranslation("roleModels.sharedBy", card.municipality())));
        }
        article.add(new Paragraph(getTranslation("roleModels.askAboutText", card.askAbout())));
        List<String> tags = new ArrayList<>(card.competencies());
        card.roles().forEach(r -> tags.add(getTranslation(r.labelKey())));
        if (!tags.isEmpty()) {
            article.add(new Paragraph(getTranslation("roleModels.tags", String.join(", ", tags))));
        }
        if (card.contactPreference() != null) {
            article.add(new Paragraph(getTranslation("roleModels.contactPreferenceText", card.contactPreference())));
        }
        TextArea question = new TextArea(getTranslation("roleModels.request.questionFor", card.name()));
        question.setMaxLength(2000);
        question.setWidthFull();
        FormError error = new FormError();
        Button ask = SaveButton.saveOnce(new Button(getTranslation("roleModels.request.send")),
                () -> error.attempt(() -> requests.request(card.id(), question.getValue())), () -> {
                    question.clear();
                    article.add(new Paragraph(getTranslation("roleModels.request.sent")));
                    renderMine();
                });
        ask.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        ask.setAriaLabel(getTranslation("roleModels.request.sendTo", card.name()));
        article.add(new H3(getTranslation("roleModels.request.title")), question, error, ask);
        return article;
    }

    private void renderMine() {
        mine.removeAll();
        mine.add(new H2(getTranslation("roleModels.myRequests")));
        List<RoleModelRequestView> list = requests.myRequests();
        if (list.isEmpty()) {
            mine.add(new Paragraph(getTranslation("roleModels.noRequests")));
        }
        for (RoleModelRequestView request : list) {
            Article item = new Article(new H3(getTranslation("roleModels.requestTo", request.roleModelName(),
                    getTranslation(request.status().labelKey()))));
            item.addClassName("role-model-request");
            item.add(new Paragraph(getTranslation("roleModels.askedOn", formats.date(request.createdAt()), request.question())));
            if (request.answer() != null) {
                item.add(new Paragraph(getTranslation("roleModels.answerText", request.answer())));
            }
            if (request.outcome() == Outcome.LOGGED_MEETING && request.meetingOn() != null) {
                item.add(new Paragraph(getTranslation("roleModels.meetingOn", formats.date(request.meetingOn()))),
                        new Anchor(RoleModelsNavigation.journalEntry(request.id()), getTranslation("roleModels.writeEntry")));
            }
            if (request.outcome() == Outcome.SESSION && request.session() != null && request.meetingOn() != null) {
                item.add(new Paragraph(getTranslation("roleModels.plannedAsSession", formats.date(request.meetingOn()))),
                        new Anchor(nl.kopgroep.sessions.SessionsNavigation.session(request.session()),
                                getTranslation("roleModels.openSession")));
            }
            mine.add(item);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("roleModels.title");
    }
}
