package nl.kopgroep.joint.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import nl.kopgroep.joint.JointDashboard;
import nl.kopgroep.joint.JointDashboardService;
import nl.kopgroep.joint.JointProgrammeRef;
import nl.kopgroep.security.Role;

/**
 * The joint programme's dashboard: per opgave the linked WORK goals over all municipalities and per municipality,
 * counts only about five participants or more; the reader's own municipality's goals by name.
 */
@Menu(order = 46, icon = "vaadin:handshake", title = "nav.jointDashboard")
@Route("management/samenwerking")
@RolesAllowed({Role.Names.MANAGER, Role.Names.ADMIN})
class JointDashboardView extends Main implements HasDynamicTitle {

    JointDashboardView(JointDashboardService service) {
        addClassNames("page", "joint-dashboard-page");
        add(new Anchor("management", getTranslation("joint.dashboard.back")), new H1(getTranslation("joint.dashboard.title")),
                new Paragraph(getTranslation("joint.dashboard.intro")));
        List<JointProgrammeRef> programmes = service.programmes();
        if (programmes.isEmpty()) {
            add(new Paragraph(getTranslation("joint.none")));
        }
        for (JointProgrammeRef ref : programmes) {
            JointDashboard dashboard = service.dashboard(ref.id());
            add(new H2(getTranslation("joint.dashboard.programme", ref.name(), dashboard.regieName())));
            if (dashboard.opgaven().isEmpty()) {
                add(new Paragraph(getTranslation("joint.dashboard.noOpgaven")));
            }
            for (JointDashboard.Opgave opgave : dashboard.opgaven()) {
                add(opgave(opgave));
            }
        }
    }

    private Section opgave(JointDashboard.Opgave opgave) {
        Section section = new Section(new H3(opgave.opgave().title()));
        section.addClassNames("home-section", "joint-dashboard-opgave");
        List<JointDashboard.Part> rows = new ArrayList<>();
        JointDashboard.Part total = new JointDashboard.Part(getTranslation("joint.dashboard.total"), false, opgave.total());
        rows.add(total);
        rows.addAll(opgave.parts());
        Grid<JointDashboard.Part> grid = new Grid<>();
        grid.addThemeVariants(GridVariant.LUMO_NO_BORDER, GridVariant.LUMO_ROW_STRIPES);
        grid.setAllRowsVisible(true);
        grid.setAriaLabel(getTranslation("joint.dashboard.figuresOf", opgave.opgave().title()));
        grid.addColumn(JointDashboard.Part::municipality).setHeader(getTranslation("joint.dashboard.municipality"))
                .setAutoWidth(true);
        grid.addColumn(p -> p.figures().shown() ? String.valueOf(p.figures().people())
                        : getTranslation(p == total ? "joint.dashboard.withheld" : "joint.dashboard.tooFew"))
                .setHeader(getTranslation("joint.dashboard.people"));
        grid.addColumn(p -> p.figures().shown() ? String.valueOf(p.figures().goals()) : "–")
                .setHeader(getTranslation("joint.dashboard.goals"));
        grid.addColumn(p -> p.figures().shown() ? p.figures().onTrack() + " / " + p.figures().attention() + " / "
                        + p.figures().offTrack() : "–")
                .setHeader(getTranslation("joint.dashboard.statuses"));
        grid.setItems(rows);
        section.add(grid);
        if (!opgave.ownGoals().isEmpty()) {
            section.add(new Paragraph(getTranslation("joint.dashboard.ownGoals")));
            UnorderedList list = new UnorderedList();
            NumberFormat percent = NumberFormat.getPercentInstance(getLocale());
            for (JointDashboard.OwnGoal goal : opgave.ownGoals()) {
                list.add(new ListItem(getTranslation("joint.dashboard.ownGoal", goal.ownerName(), goal.title(),
                        goal.status() == null ? getTranslation("joint.dashboard.noCheckIn")
                                : getTranslation("goalStatus." + goal.status().name()),
                        goal.keyResultProgress() == null ? "–" : percent.format(goal.keyResultProgress()))));
            }
            section.add(list);
        }
        return section;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("joint.dashboard.title");
    }
}
