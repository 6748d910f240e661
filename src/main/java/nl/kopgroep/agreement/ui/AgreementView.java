package nl.kopgroep.agreement.ui;

import nl.kopgroep.agreement.AgreementNavigation;
import nl.kopgroep.base.ui.FormError;
import nl.kopgroep.base.ui.LimitedUploadHandler;
import nl.kopgroep.base.ui.DateTimeFormats;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import nl.kopgroep.agreement.AgreementDocument;
import nl.kopgroep.agreement.AgreementDocument.Ambition;
import nl.kopgroep.agreement.AgreementDocument.Commitment;
import nl.kopgroep.agreement.AgreementDocument.Indicator;
import nl.kopgroep.agreement.AgreementDocument.Theme;
import nl.kopgroep.agreement.AgreementService;
import nl.kopgroep.agreement.AgreementSummary;
import nl.kopgroep.agreement.ImportPreview;
import nl.kopgroep.agreement.ImportProblem;
import nl.kopgroep.base.DomainException;
import nl.kopgroep.security.CurrentUser;
import nl.kopgroep.security.Role;

/**
 * The municipality's coalition agreement as themes → ambitions → commitments with their
 * indicators; managers and admins import a new version after a preview.
 */
@Route("akkoord")
@PermitAll
@Menu(order = 40, icon = "vaadin:file-text-o", title = "nav.agreement")
class AgreementView extends Main implements HasDynamicTitle, AgreementNavigation.AgreementRoute {

    private final AgreementService agreements;
    private final Div tree = new Div();
    private final Div previewPanel = new Div();
    private final Section history = new Section();
    private final com.vaadin.flow.component.textfield.TextField csvTitle = new com.vaadin.flow.component.textfield.TextField();
    private final com.vaadin.flow.component.datepicker.DatePicker csvFrom = new com.vaadin.flow.component.datepicker.DatePicker();
    private final com.vaadin.flow.component.datepicker.DatePicker csvTo = new com.vaadin.flow.component.datepicker.DatePicker();
    private final DateTimeFormats formats;
    private final boolean editor;
    private long version;

    AgreementView(AgreementService agreements, CurrentUser currentUser, DateTimeFormats formats) {
        this.agreements = agreements;
        this.formats = formats;
        this.editor = currentUser.hasRole(Role.MANAGER) || currentUser.hasRole(Role.ADMIN);
        addClassNames("page", "agreement-page");
        add(new H1(getTranslation("agreement.title")), tree);
        if (editor) {
            add(importSection());
        }
        history.addClassName("home-section");
        add(history);
        refresh();
    }

    private void refresh() {
        tree.removeAll();
        version = agreements.currentVersion().orElse(0L);
        agreements.current().ifPresentOrElse(this::showTree, () -> {
            tree.add(new Paragraph(getTranslation("agreement.none")));
            if (editor) {
                tree.add(new Button(getTranslation("agreement.start"),
                        click -> new HeaderDialog(agreements, null, 0, this::refresh).open()));
            }
        });
        history.removeAll();
        history.add(new H2(getTranslation("agreement.history")));
        UnorderedList list = new UnorderedList();
        for (AgreementSummary version : agreements.history()) {
            String source = version.sourceName().startsWith(AgreementService.EDITED)
                    ? getTranslation("agreement.editedIn", version.sourceName().substring(AgreementService.EDITED.length()))
                    : version.sourceName();
            list.add(new ListItem(getTranslation("agreement.historyLine", version.title(), source,
                    version.importedBy(), formats.dateTime(version.importedAt()),
                    version.active() ? getTranslation("agreement.inForce") : "")));
        }
        history.add(list);
    }

    private void showTree(AgreementDocument document) {
        tree.add(new H2(document.title()),
                new Paragraph(getTranslation("agreement.period", formats.longDate(document.periodFrom()),
                        formats.longDate(document.periodTo()))),
                new Paragraph(getTranslation("agreement.counts", document.themes().size(), document.commitmentCount(),
                        document.indicatorCount())));
        if (editor) {
            tree.add(new Paragraph(getTranslation("agreement.editHelp")), actions(
                    button("agreement.editHeader", document.title(),
                            () -> new HeaderDialog(agreements, document, version, this::refresh).open()),
                    button("agreement.addTheme", document.title(), () -> new ItemDialog(
                            getTranslation("agreement.addTheme"), "", "", true,
                            (code, title) -> agreements.saveTheme(version, null, code, title), this::refresh).open())));
        }
        for (Theme theme : document.themes()) {
            Div content = new Div();
            if (editor) {
                content.add(actions(
                        button("agreement.renameTheme", theme.code(), () -> new ItemDialog(
                                getTranslation("agreement.renameTheme"), theme.code(), theme.title(), false,
                                (code, title) -> agreements.saveTheme(version, theme.code(), code, title), this::refresh).open()),
                        button("agreement.addAmbition", theme.code(), () -> new ItemDialog(
                                getTranslation("agreement.addAmbition"), "", "", true,
                                (code, title) -> agreements.saveAmbition(version, theme.code(), null, code, title),
                                this::refresh).open()),
                        removeButton(theme.code(), theme.title())));
            }
            for (Ambition ambition : theme.ambitions()) {
                content.add(new H3(ambition.code() + " " + ambition.title()));
                if (editor) {
                    content.add(actions(
                            button("agreement.renameAmbition", ambition.code(), () -> new ItemDialog(
                                    getTranslation("agreement.renameAmbition"), ambition.code(), ambition.title(), false,
                                    (code, title) -> agreements.saveAmbition(version, theme.code(), ambition.code(), code, title),
                                    this::refresh).open()),
                            button("agreement.addCommitment", ambition.code(), () -> new CommitmentDialog(null,
                                    c -> agreements.saveCommitment(version, ambition.code(), null, c), this::refresh).open()),
                            removeButton(ambition.code(), ambition.title())));
                }
                UnorderedList commitments = new UnorderedList();
                commitments.addClassName("commitments");
                ambition.commitments().forEach(c -> commitments.add(commitment(c, ambition)));
                content.add(commitments);
            }
            Details details = new Details(theme.code() + " · " + theme.title(), content);
            details.addClassName("agreement-theme");
            tree.add(details);
        }
    }

    private static com.vaadin.flow.component.orderedlayout.HorizontalLayout actions(Button... buttons) {
        com.vaadin.flow.component.orderedlayout.HorizontalLayout actions =
                new com.vaadin.flow.component.orderedlayout.HorizontalLayout(buttons);
        actions.setWrap(true);
        actions.addClassName("agreement-actions");
        return actions;
    }

    /** A small edit button whose accessible name says which item it acts on. */
    private Button button(String key, String item, Runnable open) {
        Button button = new Button(getTranslation(key), click -> open.run());
        button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        button.setAriaLabel(getTranslation(key) + ": " + item);
        return button;
    }

    private Button removeButton(String code, String title) {
        Button remove = button("agreement.remove", code + " " + title, () -> new RemoveDialog(code + " " + title,
                () -> agreements.remove(version, code), this::refresh).open());
        remove.addThemeVariants(ButtonVariant.LUMO_ERROR);
        return remove;
    }

    private ListItem commitment(Commitment commitment, Ambition ambition) {
        ListItem item = new ListItem();
        item.addClassName("commitment");
        Paragraph title = new Paragraph(commitment.code() + " " + commitment.title());
        title.addClassName("commitment-title");
        item.add(title);
        if (commitment.description() != null) {
            item.add(new Paragraph(commitment.description()));
        }
        if (commitment.budgetProgramme() != null) {
            item.add(new Paragraph(getTranslation("agreement.budgetProgramme", commitment.budgetProgramme())));
        }
        for (Indicator indicator : commitment.indicators()) {
            String line = getTranslation("agreement.indicator", indicator.name(), number(indicator.baseline()),
                    number(indicator.target()), indicator.unit() == null ? "" : indicator.unit());
            if (indicator.targetDate() != null) {
                line += " " + getTranslation("agreement.indicatorDate", formats.longDate(indicator.targetDate()));
            }
            if (indicator.source() != null) {
                line += " (" + getTranslation("agreement.indicatorSource", indicator.source()) + ")";
            }
            Paragraph paragraph = new Paragraph(line);
            paragraph.addClassName("indicator");
            item.add(paragraph);
        }
        if (editor) {
            item.add(actions(button("agreement.editCommitment", commitment.code(), () -> new CommitmentDialog(commitment,
                            edited -> agreements.saveCommitment(version, ambition.code(), commitment.code(), edited),
                            this::refresh).open()),
                    removeButton(commitment.code(), commitment.title())));
        }
        return item;
    }

    private Section importSection() {
        Section section = new Section(new H2(getTranslation("agreement.import")),
                new Paragraph(getTranslation("agreement.importIntro")));
        section.addClassName("home-section");
        // The limit holds on the server: a bigger file is cut off at the limit, never read into memory whole.
        Upload upload = new Upload(new LimitedUploadHandler(AgreementService.MAX_FILE,
                (fileName, bytes) -> showPreview(fileName, new String(bytes, StandardCharsets.UTF_8)),
                fileName -> showTooLarge()));
        upload.setAcceptedFileTypes(".yaml", ".yml", ".csv", "application/x-yaml", "text/yaml", "text/csv");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(AgreementService.MAX_FILE);
        upload.setUploadButton(new Button(getTranslation("agreement.upload")));
        previewPanel.getElement().setAttribute("role", "status");
        csvTitle.setLabel(getTranslation("agreement.csvTitle"));
        csvTitle.setWidthFull();
        csvFrom.setLabel(getTranslation("agreement.csvFrom"));
        csvTo.setLabel(getTranslation("agreement.csvTo"));
        Details csvFields = new Details(getTranslation("agreement.csvFields"),
                new Paragraph(getTranslation("agreement.csvIntro")), csvTitle,
                new com.vaadin.flow.component.orderedlayout.HorizontalLayout(csvFrom, csvTo));
        section.add(csvFields, upload, previewPanel);
        return section;
    }

    private void showTooLarge() {
        previewPanel.removeAll();
        previewPanel.add(error(getTranslation("agreement.fileTooLarge", AgreementService.MAX_FILE / 1_000_000)));
    }

    void showPreview(String fileName, String content) {
        previewPanel.removeAll();
        boolean csv = fileName.toLowerCase(java.util.Locale.ROOT).endsWith(".csv");
        ImportPreview preview;
        try {
            preview = csv ? agreements.previewCsv(content, csvTitle.getValue(), csvFrom.getValue(), csvTo.getValue())
                    : agreements.preview(content);
        } catch (DomainException e) {
            FormError error = new FormError();
            error.show(e);
            previewPanel.add(error);
            return;
        }
        if (!preview.valid()) {
            previewPanel.add(error(getTranslation("agreement.previewProblems", preview.problems().size())));
            UnorderedList list = new UnorderedList();
            list.addClassName("import-problems");
            for (ImportProblem problem : preview.problems()) {
                list.add(new ListItem(problem.describe(getLocale())));
            }
            previewPanel.add(list);
            return;
        }
        previewPanel.add(new Paragraph(getTranslation("agreement.previewOk", preview.document().title(),
                preview.document().commitmentCount())));
        if (!preview.removedCommitments().isEmpty()) {
            previewPanel.add(new Paragraph(getTranslation("agreement.removed", preview.removedCommitments().size(),
                    String.join(", ", preview.removedCommitments()))));
        }
        if (!preview.changedCommitments().isEmpty()) {
            previewPanel.add(new Paragraph(getTranslation("agreement.changed", preview.changedCommitments().size(),
                    String.join(", ", preview.changedCommitments()))));
        }
        Button confirm = new Button(getTranslation("agreement.confirmImport"), click -> {
            if (csv) {
                agreements.importCsv(fileName, content, csvTitle.getValue(), csvFrom.getValue(), csvTo.getValue());
            } else {
                agreements.importAgreement(fileName, content);
            }
            previewPanel.removeAll();
            previewPanel.add(new Paragraph(getTranslation("agreement.imported")));
            refresh();
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        previewPanel.add(confirm);
    }

    private static Paragraph error(String text) {
        Paragraph paragraph = new Paragraph(text);
        paragraph.addClassName("form-error");
        return paragraph;
    }

    private static String number(BigDecimal value) {
        return nl.kopgroep.base.Decimals.show(value);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("agreement.title");
    }
}
