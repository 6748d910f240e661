package nl.kopgroep.programme.ui;

import nl.kopgroep.programme.ProgrammeNavigation;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.Optional;
import nl.kopgroep.programme.ModuleSummary;
import nl.kopgroep.programme.MyProgramme;
import nl.kopgroep.programme.ProgrammeService;
import nl.kopgroep.programme.ScheduledModule;
import nl.kopgroep.security.CurrentUser;
import nl.kopgroep.security.Role;

/**
 * The two years at a glance: for a participant their cohort's timeline with status and progress per
 * module and where to continue; for everyone else the programme's modules and windows.
 */
@Route("programma")
@PermitAll
@Menu(order = 10, icon = "vaadin:academy-cap", title = "nav.programme")
class ProgrammeView extends Main implements HasDynamicTitle, ProgrammeNavigation.ProgrammeRoute {

    private final nl.kopgroep.base.ui.DateTimeFormats formats;

    ProgrammeView(ProgrammeService programme, CurrentUser currentUser, nl.kopgroep.base.ui.DateTimeFormats formats) {
        this.formats = formats;
        addClassNames("page", "programme-page");
        add(new H1(getTranslation("programme.title")));
        Anchor framework = new Anchor(ProgrammeNavigation.competencies(), getTranslation("competencies.link"));
        framework.addClassName("competency-framework-link");
        add(new Paragraph(framework));
        Optional<MyProgramme> mine = currentUser.hasRole(Role.PARTICIPANT) ? programme.myProgramme() : Optional.empty();
        if (mine.isPresent()) {
            showTimeline(mine.get());
            showAttended(programme.myAttendedActivities());
        } else {
            showCatalogue(programme);
        }
    }

    /** The sessions I attended (issue 15): they count towards my way through the programme. */
    private void showAttended(java.util.List<nl.kopgroep.programme.AttendedActivity> attended) {
        if (attended.isEmpty()) {
            return;
        }
        Section section = new Section(new H2(getTranslation("programme.attended.title")));
        section.addClassNames("home-section", "attended-activities");
        com.vaadin.flow.component.html.UnorderedList list = new com.vaadin.flow.component.html.UnorderedList();
        for (nl.kopgroep.programme.AttendedActivity activity : attended) {
            list.add(new ListItem(new Anchor(activity.link(), activity.title()), new Span(" – "
                    + getTranslation(activity.kindKey()) + ", " + formats.date(activity.at()))));
        }
        section.add(list);
        add(section);
    }

    private void showTimeline(MyProgramme mine) {
        Section overview = new Section();
        overview.addClassName("home-section");
        overview.add(new Paragraph(getTranslation("programme.cohortLine", mine.cohortName(),
                ProgrammeFormats.date(mine.cohortStart()))));
        Paragraph month = new Paragraph(mine.programmeMonth() == 0
                ? getTranslation("programme.notStarted")
                : getTranslation("cohort.month", Math.min(mine.programmeMonth(), 24)));
        month.addClassName("programme-month");
        ProgressBar bar = new ProgressBar(0, Math.max(1, mine.lessonCount()), mine.lessonsDone());
        bar.getElement().setAttribute("aria-label", getTranslation("programme.lessonsDone", mine.lessonsDone(),
                mine.lessonCount()));
        overview.add(month, new Paragraph(getTranslation("programme.lessonsDone", mine.lessonsDone(), mine.lessonCount())),
                bar);
        if (mine.next() != null) {
            Div next = new Div(new Span(getTranslation("programme.continueWith") + " "),
                    new Anchor(ProgrammeNavigation.lesson(mine.next().lessonKey()), mine.next().lessonTitle()),
                    new Span(" (" + mine.next().moduleTitle() + ")"));
            next.addClassName("continue-with");
            overview.add(next);
        }
        add(overview);

        add(new H2(getTranslation("programme.timeline")));
        OrderedList timeline = new OrderedList();
        timeline.addClassName("timeline");
        for (ScheduledModule module : mine.modules()) {
            ListItem item = new ListItem();
            item.addClassNames("timeline-item", "status-" + module.status().name().toLowerCase(java.util.Locale.ROOT));
            Anchor title = new Anchor(ProgrammeNavigation.module(module.module().key()), module.module().title());
            title.addClassName("timeline-title");
            item.add(title, ProgrammeFormats.status(module.status()),
                    new Paragraph(ProgrammeFormats.period(module.opens(), module.closes())),
                    new Paragraph(getTranslation("programme.moduleLessons", module.lessonsDone(), module.lessonCount())));
            timeline.add(item);
        }
        add(timeline);
    }

    private void showCatalogue(ProgrammeService programme) {
        add(new Paragraph(getTranslation("programme.catalogueIntro")));
        OrderedList list = new OrderedList();
        list.addClassName("timeline");
        for (ModuleSummary module : programme.modules()) {
            ListItem item = new ListItem();
            item.addClassName("timeline-item");
            Anchor title = new Anchor(ProgrammeNavigation.module(module.key()), module.title());
            title.addClassName("timeline-title");
            item.add(title, new Paragraph(module.summary()), new Paragraph(getTranslation("programme.window",
                    module.windowFrom(), module.windowTo(), module.lessonCount())));
            list.add(item);
        }
        add(list);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("programme.title");
    }
}
