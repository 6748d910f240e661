package nl.kopgroep.management.ui;

import nl.kopgroep.base.ui.FormError;
import nl.kopgroep.base.ui.DateTimeFormats;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.function.Supplier;
import nl.kopgroep.base.CohortId;
import nl.kopgroep.base.DomainException;
import nl.kopgroep.base.ReportingPeriod;
import nl.kopgroep.management.ManagementService;
import nl.kopgroep.management.PlanningMoment;
import nl.kopgroep.management.ReportFile;
import org.jspecify.annotations.Nullable;

/**
 * Picks a moment of the planning-and-control cycle and offers the report as PDF and CSV. The period
 * is checked as the fields change, so the links are only there when a report can be made.
 */
class ReportSection extends Section {

    private final ManagementService management;
    private final DateTimeFormats formats;
    private final Supplier<@Nullable CohortId> cohort;
    private final Select<PlanningMoment> moment = new Select<>();
    private final IntegerField year = new IntegerField();
    private final DatePicker date = new DatePicker();
    private final Paragraph status = new Paragraph();
    private final FormError error = new FormError();
    private final HorizontalLayout downloads = new HorizontalLayout();

    ReportSection(ManagementService management, DateTimeFormats formats, Supplier<@Nullable CohortId> cohort) {
        this.formats = formats;
        this.management = management;
        this.cohort = cohort;
        addClassNames("home-section", "report-section");
        moment.setLabel(getTranslation("management.moment"));
        moment.setItems(PlanningMoment.values());
        moment.setItemLabelGenerator(m -> getTranslation("moment." + m.name()));
        moment.setValue(PlanningMoment.VOORJAARSNOTA);
        year.setLabel(getTranslation("management.year"));
        LocalDate today = LocalDate.now();
        year.setValue(today.isAfter(PlanningMoment.VOORJAARSNOTA.to(today.getYear(), today)) ? today.getYear() + 1
                : today.getYear());
        year.setStepButtonsVisible(true);
        date.setLabel(getTranslation("management.date"));
        date.setValue(LocalDate.now());
        date.setVisible(false);
        moment.addValueChangeListener(e -> {
            date.setVisible(e.getValue() == PlanningMoment.DATE);
            year.setVisible(e.getValue() != PlanningMoment.DATE);
            check();
        });
        year.addValueChangeListener(e -> check());
        date.addValueChangeListener(e -> check());
        status.getElement().setAttribute("role", "status");
        Anchor pdf = new Anchor(download(ReportFile.Format.PDF), getTranslation("management.downloadPdf"));
        Anchor csv = new Anchor(download(ReportFile.Format.CSV), getTranslation("management.downloadCsv"));
        pdf.addClassName("download-link");
        csv.addClassName("download-link");
        downloads.add(pdf, csv);
        HorizontalLayout fields = new HorizontalLayout(moment, year, date);
        fields.setWrap(true);
        fields.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(new H2(getTranslation("management.reportTitle")), new Paragraph(getTranslation("management.reportIntro")),
                fields, status, error, downloads);
        check();
    }

    private DownloadHandler download(ReportFile.Format format) {
        return DownloadHandler.fromInputStream(event -> {
            ReportFile file = management.reportFile(format, moment.getValue(), yearValue(), date.getValue(), cohort.get());
            return new DownloadResponse(new ByteArrayInputStream(file.content()), file.fileName(), file.contentType(),
                    file.content().length);
        });
    }

    private int yearValue() {
        return year.getValue() == null ? 0 : year.getValue();
    }

    /** Shows the period the report will cover, or why none can be made; the links only for a valid choice. */
    void check() {
        try {
            ReportingPeriod period = management.reportPeriod(moment.getValue(), yearValue(), date.getValue(), cohort.get());
            error.clear();
            status.setText(getTranslation("management.reportPeriod", formats.longDate(period.from()), formats.longDate(period.to())));
            status.setVisible(true);
            downloads.setVisible(true);
        } catch (DomainException e) {
            status.setVisible(false);
            error.show(e);
            downloads.setVisible(false);
        }
    }
}
