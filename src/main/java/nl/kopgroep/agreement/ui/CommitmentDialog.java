package nl.kopgroep.agreement.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.List;
import nl.kopgroep.agreement.AgreementDocument.Commitment;
import nl.kopgroep.agreement.AgreementDocument.Indicator;
import nl.kopgroep.base.ui.FormError;
import nl.kopgroep.base.ui.SaveButton;
import org.jspecify.annotations.Nullable;

/**
 * A commitment with its budget programme and indicators, new or existing. Saving makes a new
 * version of the agreement; a changed title flags the goals linked to it for re-linking.
 */
class CommitmentDialog extends Dialog {

    interface Save {
        void save(Commitment commitment);
    }

    private final Div indicators = new Div();
    private final List<IndicatorFields> rows = new ArrayList<>();

    CommitmentDialog(@Nullable Commitment existing, Save save, Runnable saved) {
        setHeaderTitle(getTranslation(existing == null ? "agreement.addCommitment" : "agreement.editCommitmentTitle",
                existing == null ? "" : existing.code()));
        setWidth("min(52rem, 95vw)");
        TextField code = new TextField(getTranslation("agreement.field.code"));
        code.setMaxLength(40);
        code.setReadOnly(existing != null);
        code.setRequiredIndicatorVisible(existing == null);
        code.setHelperText(getTranslation(existing == null ? "agreement.codeHelp" : "agreement.codeFixed"));
        TextField title = new TextField(getTranslation("agreement.field.title"));
        title.setMaxLength(500);
        title.setRequiredIndicatorVisible(true);
        TextArea description = new TextArea(getTranslation("agreement.field.description"));
        TextField budget = new TextField(getTranslation("agreement.field.budgetProgramme"));
        budget.setMaxLength(200);
        budget.setHelperText(getTranslation("agreement.budgetHelp"));
        if (existing != null) {
            code.setValue(existing.code());
            title.setValue(existing.title());
            description.setValue(existing.description() == null ? "" : existing.description());
            budget.setValue(existing.budgetProgramme() == null ? "" : existing.budgetProgramme());
            existing.indicators().forEach(this::addIndicator);
        }
        FormLayout form = new FormLayout(code, title, description, budget);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        Button addIndicator = new Button(getTranslation("agreement.addIndicator"), click -> addIndicator(null));
        FormError error = new FormError();
        if (existing != null) {
            add(new Paragraph(getTranslation("agreement.editIntro")));
        }
        add(error, form, new H3(getTranslation("agreement.indicators")), indicators, addIndicator);
        Button confirm = SaveButton.saveOnce(new Button(getTranslation("action.save")), () -> {
            List<Indicator> values = rows.stream().map(IndicatorFields::value).toList();
            return error.attempt(() -> save.save(new Commitment(code.getValue(), title.getValue(), description.getValue(),
                    budget.getValue(), values)));
        }, () -> {
            close();
            saved.run();
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), confirm);
    }

    private void addIndicator(@Nullable Indicator indicator) {
        IndicatorFields row = new IndicatorFields(rows.size() + 1, indicator);
        rows.add(row);
        indicators.add(row.layout);
        row.remove.addClickListener(click -> {
            rows.remove(row);
            indicators.remove(row.layout);
        });
    }

    /** The fields of one indicator; the number in the labels tells rows apart for screen readers. */
    private final class IndicatorFields {
        final TextField name = new TextField();
        final TextField source = new TextField();
        final TextField unit = new TextField();
        final BigDecimalField baseline = new BigDecimalField();
        final BigDecimalField target = new BigDecimalField();
        final DatePicker targetDate = new DatePicker();
        final Button remove;
        final FormLayout layout;

        IndicatorFields(int number, @Nullable Indicator indicator) {
            name.setLabel(getTranslation("agreement.indicatorName", number));
            name.setMaxLength(300);
            name.setRequiredIndicatorVisible(true);
            source.setLabel(getTranslation("agreement.indicatorSourceField", number));
            source.setMaxLength(300);
            unit.setLabel(getTranslation("agreement.indicatorUnit", number));
            unit.setMaxLength(100);
            baseline.setLabel(getTranslation("agreement.indicatorBaseline", number));
            target.setLabel(getTranslation("agreement.indicatorTarget", number));
            targetDate.setLabel(getTranslation("agreement.indicatorTargetDate", number));
            remove = new Button(getTranslation("agreement.removeIndicator", number));
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            if (indicator != null) {
                name.setValue(indicator.name());
                source.setValue(indicator.source() == null ? "" : indicator.source());
                unit.setValue(indicator.unit() == null ? "" : indicator.unit());
                baseline.setValue(indicator.baseline());
                target.setValue(indicator.target());
                targetDate.setValue(indicator.targetDate());
            }
            layout = new FormLayout(name, source, unit, baseline, target, targetDate, remove);
            layout.addClassName("indicator-fields");
            layout.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("32rem", 3));
        }

        Indicator value() {
            return new Indicator(name.getValue(), source.getValue(), unit.getValue(), baseline.getValue(), target.getValue(),
                    targetDate.getValue());
        }
    }
}
