package nl.kopgroep.home.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import nl.kopgroep.base.ui.DateTimeFormats;
import nl.kopgroep.sessions.SessionSummary;
import nl.kopgroep.sessions.SessionsNavigation;
import nl.kopgroep.sessions.SignupStatus;

/** "Mijn bijeenkomsten" on the participant's home and the sessions a coach facilitates on theirs: the next ones. */
final class SessionsHome {

    private static final int SHOWN = 5;

    private SessionsHome() {
    }

    static Component mine(List<SessionSummary> mine, DateTimeFormats formats, Instant now) {
        return section("home.sessions.title", "home.sessions.none", "sessions-home",
                mine.stream().filter(s -> s.myStatus() != SignupStatus.CANCELLED).toList(), formats, now,
                s -> SessionsNavigation.session(s.id().value()), SessionsNavigation.sessions());
    }

    static Component facilitating(List<SessionSummary> facilitating, DateTimeFormats formats, Instant now) {
        return section("home.sessions.facilitating", "home.sessions.noneFacilitating", "facilitating-home",
                facilitating, formats, now, s -> SessionsNavigation.adminSession(s.id().value()), null);
    }

    private static Component section(String titleKey, String noneKey, String className, List<SessionSummary> sessions,
                                     DateTimeFormats formats, Instant now, Function<SessionSummary, String> link,
                                     @org.jspecify.annotations.Nullable String all) {
        Section section = new Section();
        section.addClassNames("home-section", className);
        section.add(new H2(section.getTranslation(titleKey)));
        List<SessionSummary> next = sessions.stream().filter(s -> s.endsAt().isAfter(now) && !s.cancelled())
                .sorted(Comparator.comparing(SessionSummary::startsAt)).limit(SHOWN).toList();
        if (next.isEmpty()) {
            section.add(new Paragraph(section.getTranslation(noneKey)));
        } else {
            UnorderedList list = new UnorderedList();
            for (SessionSummary s : next) {
                ListItem item = new ListItem(new Anchor(link.apply(s), s.title()),
                        new Span(" – " + formats.dateTime(s.startsAt())));
                if (s.myStatus() == SignupStatus.WAITING || s.myStatus() == SignupStatus.INVITED) {
                    item.add(new Span(" (" + section.getTranslation(s.myStatus().labelKey()) + ")"));
                }
                list.add(item);
            }
            section.add(list);
        }
        if (all != null) {
            section.add(new Anchor(all, section.getTranslation("home.sessions.all")));
        }
        return section;
    }
}
