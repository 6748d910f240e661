package nl.kopgroep.rolemodels.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import nl.kopgroep.base.DomainException;
import nl.kopgroep.base.MunicipalRole;
import nl.kopgroep.base.ui.DateTimeFormats;
import nl.kopgroep.base.ui.FormError;
import nl.kopgroep.base.ui.SaveButton;
import nl.kopgroep.programme.Competency;
import nl.kopgroep.rolemodels.RoleModelAdminRow;
import nl.kopgroep.rolemodels.RoleModelAdminService;
import nl.kopgroep.rolemodels.RoleModelForm;
import nl.kopgroep.rolemodels.RoleModelsNavigation;
import nl.kopgroep.rolemodels.Routing;
import nl.kopgroep.security.Role;

/**
 * Administrators keep the municipality's role models: add one, record the role model's consent (without it the
 * role model stays out of the directory), take one out of the directory or back in.
 */
@Menu(order = 92, icon = "vaadin:user-star", title = "nav.roleModelsAdmin")
@Route("beheer/rolmodellen")
@RolesAllowed(Role.Names.ADMIN)
class RoleModelAdminView extends Main implements HasDynamicTitle, RoleModelsNavigation.AdminRoute {

    private final RoleModelAdminService service;
    private final DateTimeFormats formats;
    private final Section list = new Section();

    RoleModelAdminView(RoleModelAdminService service, DateTimeFormats formats) {
        this.service = service;
        this.formats = formats;
        addClassNames("page", "role-models-admin-page");
        add(new H1(getTranslation("roleModels.admin.title")), new Paragraph(getTranslation("roleModels.admin.intro")),
                new Anchor(RoleModelsNavigation.requests(), getTranslation("roleModels.admin.requestsLink")), list,
                addForm());
        renderList();
    }

    private void renderList() {
        list.removeAll();
        for (RoleModelAdminRow row : service.roleModels()) {
            list.add(row(row));
        }
    }

    private Article row(RoleModelAdminRow row) {
        Article article = new Article(new H2(row.card().name()));
        article.addClassNames("home-section", "role-model-admin");
        article.add(new Paragraph(getTranslation(row.card().inside() ? "roleModels.inside" : "roleModels.outside",
                row.card().roleTitle(), row.card().employer())));
        article.add(new Paragraph(getTranslation(row.visible() ? "roleModels.admin.visible" : "roleModels.admin.hidden")));
        article.add(new Paragraph(getTranslation("roleModels.admin.routingIs", getTranslation(row.routing().labelKey()))
                + (row.shared() ? " " + getTranslation("roleModels.admin.sharedNote") : "")));
        FormError error = new FormError();
        if (row.consentOn() != null) {
            article.add(new Paragraph(getTranslation("roleModels.admin.consentText", formats.date(row.consentOn()),
                    row.consentByName() == null ? "–" : row.consentByName(), row.consentHow())));
        } else {
            DatePicker on = new DatePicker(getTranslation("roleModels.consent.on"));
            on.setLocale(getLocale());
            on.setMax(LocalDate.now(formats.zone()));
            TextField how = new TextField(getTranslation("roleModels.consent.how"));
            how.setMaxLength(300);
            Button record = new Button(getTranslation("roleModels.consent.record"), e -> {
                if (on.getValue() == null) {
                    error.show(new DomainException("roleModels.error.consentDate"));
                    return;
                }
                if (error.attempt(() -> service.recordConsent(row.card().id(), on.getValue(), how.getValue()))) {
                    renderList();
                }
            });
            record.setAriaLabel(getTranslation("roleModels.consent.recordFor", row.card().name()));
            article.add(new H3(getTranslation("roleModels.consent.title")), on, how, record);
        }
        Button toggle = new Button(getTranslation(row.active() ? "roleModels.admin.deactivate" : "roleModels.admin.activate"),
                e -> {
                    if (error.attempt(() -> service.setActive(row.card().id(), !row.active()))) {
                        renderList();
                    }
                });
        toggle.setAriaLabel(getTranslation(row.active() ? "roleModels.admin.deactivateNamed" : "roleModels.admin.activateNamed",
                row.card().name()));
        toggle.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        Button change = new Button(getTranslation("roleModels.admin.change"), e -> edit(row.card().id()));
        change.setAriaLabel(getTranslation("roleModels.admin.changeNamed", row.card().name()));
        change.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        article.add(error, change, toggle);
        return article;
    }

    private final TextField name = new TextField();
    private final TextField roleTitle = new TextField();
    private final TextField employer = new TextField();
    private final Checkbox inside = new Checkbox();
    private final TextArea askAbout = new TextArea();
    private final TextField contact = new TextField();
    private final CheckboxGroup<Competency> competencies = new CheckboxGroup<>();
    private final CheckboxGroup<MunicipalRole> roles = new CheckboxGroup<>();
    private final EmailField account = new EmailField();
    private final RadioButtonGroup<Routing> routing = new RadioButtonGroup<>();
    private final Checkbox shared = new Checkbox();
    private final H2 formTitle = new H2();
    private @org.jspecify.annotations.Nullable Long editing;

    private Section addForm() {
        Section section = new Section(formTitle);
        section.addClassNames("home-section", "role-model-add");
        formTitle.setText(getTranslation("roleModels.admin.add"));
        name.setLabel(getTranslation("roleModels.name"));
        roleTitle.setLabel(getTranslation("roleModels.roleTitle"));
        employer.setLabel(getTranslation("roleModels.employer"));
        inside.setLabel(getTranslation("roleModels.insideLabel"));
        askAbout.setLabel(getTranslation("roleModels.askAbout"));
        askAbout.setMaxLength(2000);
        contact.setLabel(getTranslation("roleModels.contactPreference"));
        competencies.setLabel(getTranslation("roleModels.competencies"));
        List<Competency> all = service.competencies();
        competencies.setItems(all);
        competencies.setItemLabelGenerator(Competency::name);
        roles.setLabel(getTranslation("roleModels.roles"));
        roles.setItems(Arrays.asList(MunicipalRole.values()));
        roles.setItemLabelGenerator(r -> getTranslation(r.labelKey()));
        account.setLabel(getTranslation("roleModels.account"));
        routing.setLabel(getTranslation("roleModels.routing"));
        routing.setItems(Routing.values());
        routing.setItemLabelGenerator(r -> getTranslation(r.labelKey()));
        routing.setValue(Routing.ADMIN);
        shared.setLabel(getTranslation("roleModels.shared"));
        FormError error = new FormError();
        Button save = SaveButton.saveEach(new Button(getTranslation("roleModels.admin.save")), () -> {
            Set<String> codes = competencies.getValue().stream().map(Competency::code).collect(Collectors.toSet());
            RoleModelForm form = new RoleModelForm(name.getValue(), roleTitle.getValue(), employer.getValue(),
                    inside.getValue(), askAbout.getValue(), contact.getValue(), codes, roles.getValue(),
                    account.getValue(), routing.getValue(), shared.getValue());
            Long id = editing;
            if (error.attempt(() -> {
                if (id == null) {
                    service.add(form);
                } else {
                    service.change(id, form);
                }
            })) {
                clearForm();
                renderList();
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        section.add(name, roleTitle, employer, inside, askAbout, contact, competencies, roles, account, routing, shared,
                error, save);
        return section;
    }

    /** Puts a role model's profile into the form to change it. */
    private void edit(long id) {
        RoleModelForm form = service.form(id);
        editing = id;
        formTitle.setText(getTranslation("roleModels.admin.editing", form.name()));
        name.setValue(form.name());
        roleTitle.setValue(form.roleTitle());
        employer.setValue(form.employer());
        inside.setValue(form.inside());
        askAbout.setValue(form.askAbout());
        contact.setValue(form.contactPreference() == null ? "" : form.contactPreference());
        competencies.setValue(competencies.getListDataView().getItems()
                .filter(c -> form.competencies().contains(c.code())).collect(Collectors.toSet()));
        roles.setValue(form.roles());
        account.setValue(form.accountEmail() == null ? "" : form.accountEmail());
        routing.setValue(form.routing());
        shared.setValue(form.sharedWithJointProgramme());
        name.focus();
    }

    private void clearForm() {
        editing = null;
        formTitle.setText(getTranslation("roleModels.admin.add"));
        name.clear();
        roleTitle.clear();
        employer.clear();
        inside.clear();
        askAbout.clear();
        contact.clear();
        account.clear();
        competencies.clear();
        roles.clear();
        routing.setValue(Routing.ADMIN);
        shared.clear();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("roleModels.admin.title");
    }
}
