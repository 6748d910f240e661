package nl.kopgroep.home.ui;

import nl.kopgroep.programme.ProgrammeNavigation;
import nl.kopgroep.base.ui.DateTimeFormats;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.progressbar.ProgressBar;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import nl.kopgroep.organisation.MyCoach;
import nl.kopgroep.organisation.MyCohort;
import nl.kopgroep.organisation.Person;
import nl.kopgroep.programme.MyProgramme;
import com.vaadin.flow.component.html.Span;

/** "Mijn kopgroep": where I am in the two years, who coaches me, who is in my group. */
class ParticipantHome extends Composite<Section> {

    /** How long "X is nu je coach" stands out on the home after an assignment. */
    private static final Duration NEW_COACH = Duration.ofDays(30);

    ParticipantHome(Optional<MyCohort> myCohort, List<MyCoach> coachAssignments, Optional<MyProgramme> programme,
                    DateTimeFormats formats, Instant now) {
        Section section = getContent();
        section.addClassNames("home-section", "participant-home");
        section.add(new H2(getTranslation("home.participant.title")));
        // Nobody becomes someone's coach unseen (issue 11): a new coach is announced, with the date.
        coachAssignments.stream().filter(c -> c.since() != null && c.since().isAfter(now.minus(NEW_COACH)))
                .forEach(c -> {
                    Paragraph news = new Paragraph(getTranslation("coach.assigned.news", c.coach().displayName(),
                            formats.longDate(c.since().atZone(formats.zone()).toLocalDate())));
                    news.addClassName("new-coach");
                    section.add(news);
                });
        if (myCohort.isEmpty()) {
            section.add(new Paragraph(getTranslation("home.participant.noCohort")));
            return;
        }
        MyCohort mine = myCohort.get();
        Paragraph cohortLine = new Paragraph(getTranslation("home.participant.cohort", mine.cohort().name(),
                formats.longDate(mine.cohort().startDate()), formats.longDate(mine.cohort().endDate())));
        Paragraph month = new Paragraph(ProgrammeMonth.of(mine.cohort(), formats));
        month.addClassName("programme-month");
        ProgressBar progress = new ProgressBar(0, 24, Math.min(24, mine.cohort().programmeMonth()));
        progress.getElement().setAttribute("aria-label", getTranslation("home.participant.progressLabel"));
        section.add(cohortLine, month, progress);
        programme.ifPresent(timeline -> {
            Paragraph lessons = new Paragraph(getTranslation("programme.lessonsDone", timeline.lessonsDone(),
                    timeline.lessonCount()));
            section.add(lessons);
            if (timeline.next() != null) {
                Paragraph next = new Paragraph(new Span(getTranslation("programme.continueWith") + " "),
                        new Anchor(ProgrammeNavigation.lesson(timeline.next().lessonKey()), timeline.next().lessonTitle()));
                next.addClassName("continue-with");
                section.add(next);
            }
            section.add(new Anchor(ProgrammeNavigation.programme(), getTranslation("home.participant.toProgramme")));
        });
        Paragraph balance = new Paragraph(new Anchor(nl.kopgroep.balance.BalanceNavigation.mine(),
                getTranslation("balance.link")));
        balance.addClassName("balance-link");
        section.add(balance);

        section.add(new H3(getTranslation("home.participant.myCoaches")));
        if (mine.myCoaches().isEmpty()) {
            section.add(new Paragraph(getTranslation("home.participant.noCoach")));
        } else {
            UnorderedList coaches = people(mine.myCoaches(), true);
            section.add(coaches);
            coachAssignments.stream().filter(c -> c.since() != null).forEach(c -> coaches.add(new ListItem(
                    getTranslation("coach.assigned.since", c.coach().displayName(), formats.longDate(c.since().atZone(formats.zone()).toLocalDate())))));
        }
        section.add(new H3(getTranslation("home.participant.fellows", mine.fellowParticipants().size())));
        section.add(people(mine.fellowParticipants(), false));
    }

    static UnorderedList people(List<Person> people, boolean withEmail) {
        UnorderedList list = new UnorderedList();
        list.addClassName("people");
        for (Person person : people) {
            ListItem item = new ListItem(person.displayName());
            if (withEmail) {
                item.add(new com.vaadin.flow.component.Text(" – "), new Anchor("mailto:" + person.email(), person.email()));
            }
            list.add(item);
        }
        return list;
    }
}
