package nl.kopgroep.mail;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import nl.kopgroep.base.Messages;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * Renders {@link MailContent} into the one layout every Kopgroep mail has: HTML (a single column, real
 * headings and link texts, the recipient's language on {@code <html lang>}, colours with AA contrast) and the
 * same words as plain text. Every argument is escaped; links are the installation's address plus a path.
 */
@Component
public class MailRenderer {

    private static final String INK = "#1f2933";
    private static final String MUTED = "#3e4c59";
    private static final String ACCENT = "#1a4f8b";

    private final String baseUrl;
    private final ZoneId zone;

    MailRenderer(@Value("${kopgroep.base-url}") String baseUrl, @Value("${kopgroep.time-zone}") ZoneId zone) {
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        this.zone = zone;
    }

    /** The full address of a path inside the app. */
    public String url(String path) {
        return baseUrl + MailContent.checkedPath(path);
    }

    public RenderedMail render(MailContent content, Locale locale, String recipientName, @Nullable String unsubscribeUrl) {
        return render(content, locale, recipientName, unsubscribeUrl, false);
    }

    /** A digest's layout: the footer links to the settings page only (each section has its own unsubscribe link). */
    RenderedMail renderWithSettingsFooter(MailContent content, Locale locale, String recipientName) {
        return render(content, locale, recipientName, null, true);
    }

    private RenderedMail render(MailContent content, Locale locale, String recipientName, @Nullable String unsubscribeUrl,
                                boolean settingsFooter) {
        String subject = text(content.subject(), locale);
        StringBuilder plain = new StringBuilder();
        StringBuilder html = new StringBuilder();
        String language = locale.getLanguage();
        html.append("<!DOCTYPE html><html lang=\"").append(esc(language)).append("\"><head><meta charset=\"utf-8\">")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
                .append("<title>").append(esc(subject)).append("</title></head>")
                .append("<body style=\"margin:0;padding:0;background:#f3f4f6;\">")
                .append("<table role=\"presentation\" width=\"100%\" cellpadding=\"0\" cellspacing=\"0\" style=\"background:#f3f4f6;\"><tr><td align=\"center\" style=\"padding:16px;\">")
                .append("<table role=\"presentation\" width=\"100%\" cellpadding=\"0\" cellspacing=\"0\" style=\"max-width:600px;background:#ffffff;border-radius:8px;font-family:Arial,Helvetica,sans-serif;font-size:16px;line-height:1.5;color:")
                .append(INK).append(";\"><tr><td style=\"padding:24px;\">")
                .append("<p style=\"margin:0 0 8px;font-size:14px;font-weight:bold;color:").append(MUTED).append(";\">Kopgroep</p>")
                .append("<h1 style=\"margin:0 0 16px;font-size:22px;line-height:1.3;color:").append(INK).append(";\">")
                .append(esc(subject)).append("</h1>");
        String greeting = Messages.text("mail.greeting", locale, recipientName);
        html.append(paragraph(greeting));
        plain.append(greeting).append("\n\n");

        for (MailContent.Block block : content.blocks()) {
            switch (block) {
                case MailContent.Heading h -> {
                    String line = text(h.text(), locale);
                    html.append("<h2 style=\"margin:24px 0 8px;font-size:18px;line-height:1.3;color:").append(INK).append(";\">")
                            .append(esc(line)).append("</h2>");
                    plain.append(line).append('\n').append("-".repeat(line.length())).append("\n\n");
                }
                case MailContent.Paragraph p -> {
                    String line = text(p.text(), locale);
                    html.append(paragraph(line));
                    plain.append(line).append("\n\n");
                }
                case MailContent.Items list -> {
                    html.append("<ul style=\"margin:0 0 16px;padding-left:20px;\">");
                    for (MailContent.Item item : list.items()) {
                        String line = text(item.text(), locale);
                        html.append("<li style=\"margin:0 0 8px;\">");
                        if (item.linkPath() != null) {
                            html.append(link(url(item.linkPath()), line));
                            plain.append("- ").append(line).append(": ").append(url(item.linkPath())).append('\n');
                        } else {
                            html.append(esc(line));
                            plain.append("- ").append(line).append('\n');
                        }
                        html.append("</li>");
                    }
                    html.append("</ul>");
                    plain.append('\n');
                }
                case MailContent.Action action -> {
                    String label = text(action.label(), locale);
                    String url = url(action.linkPath());
                    html.append("<p style=\"margin:24px 0;\"><a href=\"").append(esc(url))
                            .append("\" style=\"display:inline-block;padding:12px 20px;border-radius:6px;background:")
                            .append(ACCENT).append(";color:#ffffff;font-weight:bold;text-decoration:underline;\">")
                            .append(esc(label)).append("</a></p>");
                    plain.append(label).append(": ").append(url).append("\n\n");
                }
            }
        }
        html.append("</td></tr><tr><td style=\"padding:16px 24px 24px;border-top:1px solid #d2d6dc;font-size:14px;color:")
                .append(MUTED).append(";\">");
        plain.append("-- \n");
        if (content.reason() != null) {
            String reason = text(content.reason(), locale);
            html.append("<p style=\"margin:0 0 8px;\">").append(esc(reason)).append("</p>");
            plain.append(reason).append('\n');
        }
        if (unsubscribeUrl != null) {
            String settings = Messages.text("mail.footer.settings", locale);
            String unsubscribe = Messages.text("mail.footer.unsubscribe", locale);
            html.append("<p style=\"margin:0;\">").append(link(url(MailLinks.SETTINGS_PATH), settings)).append(" · ")
                    .append(link(unsubscribeUrl, unsubscribe)).append("</p>");
            plain.append(settings).append(": ").append(url(MailLinks.SETTINGS_PATH)).append('\n')
                    .append(unsubscribe).append(": ").append(unsubscribeUrl).append('\n');
        } else if (settingsFooter) {
            String settings = Messages.text("mail.footer.settings", locale);
            html.append("<p style=\"margin:0;\">").append(link(url(MailLinks.SETTINGS_PATH), settings)).append("</p>");
            plain.append(settings).append(": ").append(url(MailLinks.SETTINGS_PATH)).append('\n');
        } else {
            String noReply = Messages.text("mail.footer.account", locale);
            html.append("<p style=\"margin:0;\">").append(esc(noReply)).append("</p>");
            plain.append(noReply).append('\n');
        }
        html.append("</td></tr></table></td></tr></table></body></html>");
        return new RenderedMail(subject, plain.toString(), html.toString());
    }

    private String text(MailContent.Text text, Locale locale) {
        Object[] arguments = text.arguments().stream().map(argument -> formatted(argument, locale)).toArray();
        return Messages.text(text.key(), locale, arguments);
    }

    private Object formatted(Object argument, Locale locale) {
        return switch (argument) {
            case LocalDate date -> DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).format(date);
            case Instant instant -> DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT)
                    .withLocale(locale).withZone(zone).format(instant);
            case Number number -> number;
            default -> String.valueOf(argument);
        };
    }

    private static String paragraph(String text) {
        return "<p style=\"margin:0 0 16px;\">" + esc(text) + "</p>";
    }

    private static String link(String url, String label) {
        return "<a href=\"" + esc(url) + "\" style=\"color:" + ACCENT + ";text-decoration:underline;\">" + esc(label) + "</a>";
    }

    private static String esc(String text) {
        return HtmlUtils.htmlEscape(text, "UTF-8");
    }
}
