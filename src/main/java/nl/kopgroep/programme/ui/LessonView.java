package nl.kopgroep.programme.ui;

import nl.kopgroep.programme.ProgrammeNavigation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import nl.kopgroep.programme.LessonPage;
import nl.kopgroep.programme.PracticeLevel;
import nl.kopgroep.programme.ProgrammeService;

/**
 * A lesson: goals, the text (Markdown already rendered to sanitised HTML by the service),
 * reflection prompts, the practice assignment (marked core or deepening) and sources; a participant marks it
 * done or undoes that.
 */
@Route("programma/les/:lessonKey")
@PermitAll
class LessonView extends Main implements BeforeEnterObserver, HasDynamicTitle, ProgrammeNavigation.LessonRoute {

    private final ProgrammeService programme;
    private String lessonKey = "";
    private String title = "";

    LessonView(ProgrammeService programme) {
        this.programme = programme;
        addClassNames("page", "lesson-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        lessonKey = ProgrammeNavigation.lessonKey(event.getRouteParameters());
        show(programme.lesson(lessonKey));
    }

    private void show(LessonPage lesson) {
        title = lesson.title();
        removeAll();
        add(new Anchor(ProgrammeNavigation.module(lesson.moduleKey()), lesson.moduleTitle()), new H1(lesson.title()),
                new Paragraph(getTranslation("programme.minutes", lesson.minutes())));

        add(listSection("programme.learningGoals", lesson.learningGoals(), "learning-goals"));
        Article body = new Article();
        body.addClassName("lesson-body");
        body.getElement().setProperty("innerHTML", lesson.bodyHtml());
        add(body);
        add(prompts(lesson));

        Section assignment = new Section(new H2(getTranslation("programme.practiceAssignment")));
        assignment.addClassNames("home-section", "practice-assignment");
        assignment.add(practiceLevel(lesson.practiceLevel()));
        Div assignmentText = new Div();
        assignmentText.getElement().setProperty("innerHTML", lesson.practiceAssignmentHtml());
        assignment.add(assignmentText);
        add(assignment);
        if (!lesson.sources().isEmpty()) {
            add(listSection("programme.sources", lesson.sources(), "sources"));
        }

        if (lesson.canMarkDone()) {
            Button toggle = new Button(getTranslation(lesson.done() ? "programme.markNotDone" : "programme.markDone"));
            if (!lesson.done()) {
                toggle.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            }
            toggle.addClickListener(click -> {
                if (lesson.done()) {
                    programme.markNotDone(lesson.key());
                } else {
                    programme.markDone(lesson.key());
                }
                show(programme.lesson(lessonKey));
            });
            Paragraph state = new Paragraph(getTranslation(lesson.done() ? "programme.lessonDoneLong" : "programme.lessonOpen"));
            state.getElement().setAttribute("role", "status");
            add(state, toggle);
        }

        Nav around = new Nav();
        around.addClassName("lesson-nav");
        around.getElement().setAttribute("aria-label", getTranslation("programme.lessonNavigation"));
        if (lesson.previousKey() != null) {
            around.add(new Anchor(ProgrammeNavigation.lesson(lesson.previousKey()), getTranslation("programme.previous")));
        }
        if (lesson.nextKey() != null) {
            around.add(new Anchor(ProgrammeNavigation.lesson(lesson.nextKey()), getTranslation("programme.next")));
        }
        add(around);
    }

    /** The reflection prompts; for a participant each one opens a journal entry carrying it. */
    private Section prompts(LessonPage lesson) {
        UnorderedList list = new UnorderedList();
        for (int i = 0; i < lesson.reflectionPrompts().size(); i++) {
            ListItem item = new ListItem(new Paragraph(lesson.reflectionPrompts().get(i)));
            if (lesson.canMarkDone()) {
                item.add(new Anchor("dagboek/schrijven?les=" + lesson.key() + "&vraag=" + i,
                        getTranslation("programme.writeAboutPrompt")));
            }
            list.add(item);
        }
        Section section = new Section(new H2(getTranslation("programme.reflectionPrompts")), list);
        section.addClassName("reflection-prompts");
        return section;
    }

    /** Whether the assignment is core or deepening, in words, with one line on what that means. */
    private Paragraph practiceLevel(PracticeLevel level) {
        Span label = new Span(getTranslation(level.labelKey()));
        label.addClassNames("status-badge", "practice-level-" + level.code());
        Paragraph line = new Paragraph(label, new Span(" " + getTranslation(level.explanationKey())));
        line.addClassName("practice-level");
        return line;
    }

    private Section listSection(String headingKey, List<String> items, String className) {
        UnorderedList list = new UnorderedList();
        items.forEach(item -> list.add(new ListItem(item)));
        Section section = new Section(new H2(getTranslation(headingKey)), list);
        section.addClassName(className);
        return section;
    }

    @Override
    public String getPageTitle() {
        return title + " – " + getTranslation("programme.title");
    }
}
