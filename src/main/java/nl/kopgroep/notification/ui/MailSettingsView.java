package nl.kopgroep.notification.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.Locale;
import nl.kopgroep.base.ui.AppLocales;
import nl.kopgroep.base.ui.FormError;
import nl.kopgroep.mail.MailFrequency;
import nl.kopgroep.mail.MailLinks;
import nl.kopgroep.notification.MailSettingsService;

/**
 * Meldingen per e-mail: per topic that concerns the person how often they get it (each choice saved at once, with a
 * status line), account mails shown as always on, and the language of their mails. Reached from the user menu and
 * from the footer of every optional mail.
 */
@Route(MailSettingsView.PATH)
@PermitAll
class MailSettingsView extends Main implements HasDynamicTitle {

    static final String PATH = "meldingen";

    static {
        if (!MailLinks.SETTINGS_PATH.equals("/" + PATH)) {
            throw new IllegalStateException("MailLinks.SETTINGS_PATH and the settings route differ");
        }
    }

    private final transient MailSettingsService settings;
    private final FormError error = new FormError();
    private final Span status = new Span();
    private boolean reverting;

    MailSettingsView(MailSettingsService settings) {
        this.settings = settings;
        addClassNames("page", "mail-settings");
        status.getElement().setAttribute("role", "status");
        status.addClassName("save-status");
        add(new H1(getTranslation("mailSettings.title")), new Paragraph(getTranslation("mailSettings.intro")), error, status);

        Section topics = new Section(new H2(getTranslation("mailSettings.topics")));
        for (MailSettingsService.TopicSetting setting : settings.mySettings()) {
            if (!setting.changeable()) {
                Div always = new Div(new Span(getTranslation(setting.topic().labelKey())),
                        new Paragraph(getTranslation("mailSettings.alwaysOn")),
                        new Paragraph(getTranslation(setting.topic().descriptionKey())));
                always.addClassName("mail-topic-always");
                always.getElement().setAttribute("data-topic", setting.topic().name());
                topics.add(always);
                continue;
            }
            RadioButtonGroup<MailFrequency> choice = new RadioButtonGroup<>(getTranslation(setting.topic().labelKey()));
            choice.setHelperText(getTranslation(setting.topic().descriptionKey()));
            choice.setItems(setting.choices());
            choice.setItemLabelGenerator(frequency -> getTranslation(frequency.labelKey()));
            choice.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
            choice.setValue(setting.frequency());
            choice.getElement().setAttribute("data-topic", setting.topic().name());
            choice.addValueChangeListener(event -> {
                if (reverting || event.getValue() == null) {
                    return;
                }
                status.setText("");
                if (error.attempt(() -> settings.choose(setting.topic(), event.getValue()))) {
                    status.setText(getTranslation("mailSettings.saved", getTranslation(setting.topic().labelKey()),
                            getTranslation(event.getValue().labelKey())));
                } else {
                    reverting = true;
                    choice.setValue(event.getOldValue());
                    reverting = false;
                }
            });
            topics.add(choice);
        }
        add(topics);

        RadioButtonGroup<Locale> language = new RadioButtonGroup<>(getTranslation("mailSettings.language"));
        language.setItems(AppLocales.SUPPORTED);
        language.setItemLabelGenerator(locale -> getTranslation("language." + locale.getLanguage()));
        Locale current = settings.myMailLanguage();
        language.setValue(AppLocales.SUPPORTED.stream()
                .filter(locale -> locale.getLanguage().equals(current.getLanguage())).findFirst().orElse(AppLocales.DUTCH));
        language.addValueChangeListener(event -> {
            if (event.getValue() == null) {
                return;
            }
            status.setText("");
            if (error.attempt(() -> settings.chooseMailLanguage(event.getValue()))) {
                status.setText(getTranslation("mailSettings.languageSaved", getTranslation("language." + event.getValue().getLanguage())));
            }
        });
        add(new Section(new H2(getTranslation("mailSettings.languageTitle")), language));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("mailSettings.title");
    }
}
