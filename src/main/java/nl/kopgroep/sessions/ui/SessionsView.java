package nl.kopgroep.sessions.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import nl.kopgroep.base.ui.DateTimeFormats;
import nl.kopgroep.security.Role;
import nl.kopgroep.sessions.CalendarFeedService;
import nl.kopgroep.sessions.SessionService;
import nl.kopgroep.sessions.SessionSummary;
import nl.kopgroep.sessions.SessionsNavigation;
import org.springframework.beans.factory.annotation.Value;

/** The participant's sessions: what is open to them, what they signed up for, and their calendar link. */
@Route(SessionsNavigation.PATH)
@RolesAllowed(Role.Names.PARTICIPANT)
@Menu(order = 28, icon = "vaadin:calendar-user", title = "nav.sessions")
class SessionsView extends Main implements HasDynamicTitle {

    private final CalendarFeedService feeds;
    private final DateTimeFormats formats;
    private final String baseUrl;
    private final Section feedSection = new Section();

    SessionsView(SessionService sessions, CalendarFeedService feeds, DateTimeFormats formats,
                 @Value("${kopgroep.base-url}") String baseUrl) {
        this.feeds = feeds;
        this.formats = formats;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        addClassNames("page", "sessions-page");
        add(new H1(getTranslation("sessions.pageTitle")), new Paragraph(getTranslation("sessions.intro")));

        List<SessionSummary> upcoming = sessions.upcoming();
        Section open = new Section(new H2(getTranslation("sessions.upcoming")));
        open.addClassName("home-section");
        open.add(upcoming.isEmpty() ? new Paragraph(getTranslation("sessions.noneUpcoming"))
                : SessionTexts.table(this, getTranslation("sessions.upcoming"), upcoming, formats,
                s -> SessionsNavigation.session(s.id().value()), true));
        add(open);

        List<SessionSummary> mine = sessions.mine();
        Section mineSection = new Section(new H2(getTranslation("sessions.mine")));
        mineSection.addClassName("home-section");
        mineSection.add(mine.isEmpty() ? new Paragraph(getTranslation("sessions.noneMine"))
                : SessionTexts.table(this, getTranslation("sessions.mine"), mine, formats,
                s -> SessionsNavigation.session(s.id().value()), true));
        add(mineSection);

        feedSection.addClassName("home-section");
        add(feedSection);
        showFeed(null);
    }

    /** The calendar link: made on request, shown once, revocable. */
    private void showFeed(@org.jspecify.annotations.Nullable String path) {
        feedSection.removeAll();
        feedSection.add(new H2(getTranslation("sessions.feed.title")), new Paragraph(getTranslation("sessions.feed.intro")));
        if (path != null) {
            TextField link = new TextField(getTranslation("sessions.feed.link"));
            link.setValue(baseUrl + path);
            link.setReadOnly(true);
            link.setWidthFull();
            link.setHelperText(getTranslation("sessions.feed.once"));
            feedSection.add(link);
        } else {
            feeds.myFeedSince().ifPresent(since -> feedSection.add(new Paragraph(getTranslation("sessions.feed.since",
                    formats.date(since)))));
        }
        Button make = new Button(getTranslation("sessions.feed.make"), click -> showFeed(feeds.newFeed()));
        make.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout actions = new HorizontalLayout(make);
        if (path != null || feeds.myFeedSince().isPresent()) {
            actions.add(new Button(getTranslation("sessions.feed.revoke"), click -> {
                feeds.revoke();
                showFeed(null);
            }));
        }
        feedSection.add(actions);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("sessions.pageTitle");
    }
}
