package nl.kopgroep.programme.ui;

import nl.kopgroep.programme.ProgrammeNavigation;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import nl.kopgroep.programme.LessonSummary;
import nl.kopgroep.programme.ModulePage;
import nl.kopgroep.programme.ProgrammeService;

/** One module: what it is about, when it runs for my cohort, and its lessons. */
@Route("programma/module/:moduleKey")
@PermitAll
class ModuleView extends Main implements BeforeEnterObserver, HasDynamicTitle, ProgrammeNavigation.ModuleRoute {

    private final ProgrammeService programme;
    private String title = "";

    ModuleView(ProgrammeService programme) {
        this.programme = programme;
        addClassNames("page", "module-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        ModulePage page = programme.module(ProgrammeNavigation.moduleKey(event.getRouteParameters()));
        title = page.module().title();
        removeAll();
        add(new Anchor(ProgrammeNavigation.programme(), getTranslation("programme.backToProgramme")), new H1(page.module().title()),
                new Paragraph(page.module().summary()));
        if (page.schedule() != null) {
            add(new Paragraph(ProgrammeFormats.status(page.schedule().status()),
                    new Span(" " + ProgrammeFormats.period(page.schedule().opens(), page.schedule().closes()))));
        } else {
            add(new Paragraph(getTranslation("programme.windowMonths", page.module().windowFrom(),
                    page.module().windowTo())));
        }
        add(new H2(getTranslation("programme.lessons")));
        OrderedList lessons = new OrderedList();
        lessons.addClassName("lesson-list");
        for (LessonSummary lesson : page.lessons()) {
            ListItem item = new ListItem(new Anchor(ProgrammeNavigation.lesson(lesson.key()), lesson.title()),
                    new Span(" · " + getTranslation("programme.minutes", lesson.minutes())));
            if (lesson.done()) {
                Span done = new Span(" · " + getTranslation("programme.lessonDone"));
                done.addClassName("lesson-done");
                item.add(done);
            }
            lessons.add(item);
        }
        add(lessons);
    }

    @Override
    public String getPageTitle() {
        return title + " – " + getTranslation("programme.title");
    }
}
