package nl.kopgroep.joint.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.kopgroep.base.ui.FormError;
import nl.kopgroep.joint.JointOpgave;
import nl.kopgroep.joint.JointParticipationService;
import nl.kopgroep.joint.MyJointProgramme;
import nl.kopgroep.security.Role;

/**
 * A participant's joint programme: the municipalities, the shared opgaven, and their own WORK goals, each of which
 * can serve one opgave (the goal's own commitments stay as they are).
 */
@Menu(order = 28, icon = "vaadin:handshake", title = "nav.joint")
@Route("samenwerking")
@RolesAllowed(Role.Names.PARTICIPANT)
class JointView extends Main implements HasDynamicTitle {

    private static final JointOpgave NONE = new JointOpgave(0, "", null);

    private final JointParticipationService service;

    JointView(JointParticipationService service) {
        this.service = service;
        addClassNames("page", "joint-page");
        render();
    }

    private void render() {
        removeAll();
        add(new H1(getTranslation("joint.title")));
        Optional<MyJointProgramme> found = service.myProgramme();
        if (found.isEmpty()) {
            add(new Paragraph(getTranslation("joint.none")));
            return;
        }
        MyJointProgramme programme = found.get();
        add(new Paragraph(getTranslation("joint.intro", programme.ref().name(), String.join(", ", programme.municipalities()),
                programme.regieName())));
        Section opgaven = new Section(new H2(getTranslation("joint.opgaven")));
        opgaven.addClassName("home-section");
        UnorderedList list = new UnorderedList();
        for (JointOpgave opgave : programme.opgaven()) {
            ListItem item = new ListItem(opgave.title());
            if (opgave.description() != null) {
                item.add(new Paragraph(opgave.description()));
            }
            list.add(item);
        }
        opgaven.add(list);
        add(opgaven);

        Section goals = new Section(new H2(getTranslation("joint.myGoals")), new Paragraph(getTranslation("joint.myGoals.intro")));
        goals.addClassNames("home-section", "joint-goals");
        FormError error = new FormError();
        goals.add(error);
        if (programme.goals().isEmpty()) {
            goals.add(new Paragraph(getTranslation("joint.noWorkGoals")));
        }
        List<JointOpgave> choices = new ArrayList<>();
        choices.add(NONE);
        choices.addAll(programme.opgaven());
        for (MyJointProgramme.MyGoal goal : programme.goals()) {
            Select<JointOpgave> select = new Select<>();
            select.setLabel(getTranslation("joint.goalServes", goal.title()));
            select.setWidthFull();
            select.addClassName("joint-goal-opgave");
            select.setItems(choices);
            select.setItemLabelGenerator(o -> o.id() == 0 ? getTranslation("joint.noOpgave") : o.title());
            select.setValue(choices.stream().filter(o -> goal.opgave() != null && o.id() == goal.opgave()).findFirst()
                    .orElse(NONE));
            select.addValueChangeListener(e -> {
                if (!e.isFromClient() || e.getValue() == null) {
                    return;
                }
                error.attempt(() -> {
                    if (e.getValue().id() == 0) {
                        service.unlink(goal.id());
                    } else {
                        service.link(goal.id(), e.getValue().id());
                    }
                });
            });
            goals.add(select);
        }
        add(goals);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("joint.title");
    }
}
