package nl.kopgroep.joint.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import nl.kopgroep.base.ui.FormError;
import nl.kopgroep.base.ui.SaveButton;
import nl.kopgroep.joint.JointOpgave;
import nl.kopgroep.joint.JointProgrammeAdminService;
import nl.kopgroep.joint.JointProgrammeOverview;
import nl.kopgroep.joint.JointProgrammeRef;
import nl.kopgroep.security.Role;

/**
 * Administrators and their municipality's joint programmes: every member attaches and detaches its own cohorts;
 * the regiegemeente's administrators also rename the programme, keep its opgaven and members, and may hand the
 * regie to another member.
 */
@Menu(order = 91, icon = "vaadin:handshake", title = "nav.jointAdmin")
@Route("beheer/samenwerking")
@RolesAllowed(Role.Names.ADMIN)
class JointAdminView extends Main implements HasDynamicTitle {

    private final JointProgrammeAdminService service;

    JointAdminView(JointProgrammeAdminService service) {
        this.service = service;
        addClassNames("page", "joint-admin-page");
        render();
    }

    private void render() {
        removeAll();
        add(new H1(getTranslation("joint.admin.title")), new Paragraph(getTranslation("joint.admin.intro")));
        List<JointProgrammeRef> programmes = service.myProgrammes();
        if (programmes.isEmpty()) {
            add(new Paragraph(getTranslation("joint.none")));
        }
        for (JointProgrammeRef ref : programmes) {
            add(programme(service.overview(ref.id())));
        }
    }

    private Section programme(JointProgrammeOverview programme) {
        Section section = new Section(new H2(programme.ref().name()));
        section.addClassNames("home-section", "joint-programme");
        FormError error = new FormError();
        String regieName = programme.members().stream().filter(JointProgrammeOverview.Member::regie)
                .map(JointProgrammeOverview.Member::name).findFirst().orElse("");
        section.add(new Paragraph(getTranslation(programme.regie() ? "joint.admin.youHaveRegie" : "joint.admin.regieIs",
                regieName)), error);

        section.add(new H3(getTranslation("joint.members")));
        UnorderedList members = new UnorderedList();
        for (JointProgrammeOverview.Member member : programme.members()) {
            ListItem item = new ListItem(getTranslation("joint.admin.member", member.name(),
                    member.cohorts().isEmpty() ? getTranslation("joint.admin.noCohorts") : String.join(", ", member.cohorts())));
            if (programme.regie() && !member.regie()) {
                Button handOver = new Button(getTranslation("joint.admin.handOver"), e -> {
                    if (error.attempt(() -> service.handOverRegie(programme.ref().id(), member.id()))) {
                        render();
                    }
                });
                handOver.setAriaLabel(getTranslation("joint.admin.handOverTo", member.name()));
                handOver.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
                Button remove = new Button(getTranslation("joint.admin.removeMember"), e -> {
                    if (error.attempt(() -> service.removeMember(programme.ref().id(), member.id()))) {
                        render();
                    }
                });
                remove.setAriaLabel(getTranslation("joint.admin.removeMemberOf", member.name()));
                remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
                item.add(handOver, remove);
            }
            members.add(item);
        }
        section.add(members);

        section.add(new H3(getTranslation("joint.admin.ownCohorts")));
        UnorderedList cohorts = new UnorderedList();
        for (JointProgrammeOverview.OwnCohort cohort : programme.ownCohorts()) {
            ListItem item = new ListItem(cohort.name() + " ");
            if (cohort.elsewhere()) {
                item.add(new com.vaadin.flow.component.html.Span(getTranslation("joint.admin.cohortElsewhere")));
            } else {
                Button toggle = new Button(getTranslation(cohort.attached() ? "joint.admin.detach" : "joint.admin.attach"),
                        e -> {
                            if (error.attempt(() -> {
                                if (cohort.attached()) {
                                    service.detachCohort(programme.ref().id(), cohort.id());
                                } else {
                                    service.attachCohort(programme.ref().id(), cohort.id());
                                }
                            })) {
                                render();
                            }
                        });
                toggle.setAriaLabel(getTranslation(cohort.attached() ? "joint.admin.detachCohort" : "joint.admin.attachCohort",
                        cohort.name()));
                item.add(toggle);
            }
            cohorts.add(item);
        }
        section.add(cohorts);

        section.add(new H3(getTranslation("joint.opgaven")));
        UnorderedList opgaven = new UnorderedList();
        for (JointOpgave opgave : programme.opgaven()) {
            ListItem item = new ListItem(opgave.title());
            item.addClassName("joint-opgave");
            if (programme.regie()) {
                Button remove = new Button(getTranslation("joint.admin.removeOpgave"), e -> {
                    if (error.attempt(() -> service.removeOpgave(opgave.id()))) {
                        render();
                    }
                });
                remove.setAriaLabel(getTranslation("joint.admin.removeOpgaveNamed", opgave.title()));
                remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
                Button edit = new Button(getTranslation("joint.admin.editOpgave"));
                edit.setAriaLabel(getTranslation("joint.admin.editOpgaveNamed", opgave.title()));
                edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
                edit.addClickListener(e -> {
                    edit.setEnabled(false);
                    TextField title = new TextField(getTranslation("joint.opgave.title"), opgave.title(), "");
                    title.setMaxLength(200);
                    TextArea description = new TextArea(getTranslation("joint.opgave.description"));
                    description.setValue(opgave.description() == null ? "" : opgave.description());
                    description.setMaxLength(2000);
                    Button save = new Button(getTranslation("joint.admin.save"), click -> {
                        if (error.attempt(() -> service.changeOpgave(opgave.id(), title.getValue(), description.getValue()))) {
                            render();
                        }
                    });
                    item.add(title, description, save);
                    title.focus();
                });
                item.add(edit, remove);
            }
            opgaven.add(item);
        }
        section.add(opgaven);

        if (programme.regie()) {
            TextField title = new TextField(getTranslation("joint.opgave.title"));
            title.setMaxLength(200);
            TextArea description = new TextArea(getTranslation("joint.opgave.description"));
            description.setMaxLength(2000);
            Button add = SaveButton.saveOnce(new Button(getTranslation("joint.admin.addOpgave")),
                    () -> error.attempt(() -> service.addOpgave(programme.ref().id(), title.getValue(), description.getValue())),
                    this::render);
            add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            section.add(title, description, add);

            section.add(new H3(getTranslation("joint.admin.programmeSettings")));
            TextField name = new TextField(getTranslation("joint.admin.name"));
            name.setValue(programme.ref().name());
            name.setMaxLength(200);
            TextArea about = new TextArea(getTranslation("joint.admin.description"));
            about.setValue(programme.description() == null ? "" : programme.description());
            Button save = new Button(getTranslation("joint.admin.save"), e -> {
                if (error.attempt(() -> service.rename(programme.ref().id(), name.getValue(), about.getValue()))) {
                    render();
                }
            });
            TextField code = new TextField(getTranslation("joint.admin.memberCode"));
            Button addMember = SaveButton.saveOnce(new Button(getTranslation("joint.admin.addMember")),
                    () -> error.attempt(() -> service.addMember(programme.ref().id(), code.getValue())), this::render);
            section.add(name, about, save, code, addMember);
        }
        return section;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("joint.admin.title");
    }
}
