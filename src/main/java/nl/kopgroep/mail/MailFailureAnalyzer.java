package nl.kopgroep.mail;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.NoSuchBeanDefinitionException;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;
import org.springframework.mail.javamail.JavaMailSender;

/** "No SMTP server configured" as one clear sentence with what to set, instead of a missing-bean report. */
class MailFailureAnalyzer implements FailureAnalyzer {

    @Override
    public @Nullable FailureAnalysis analyze(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof NoSuchBeanDefinitionException missing && missing.getBeanType() != null
                    && JavaMailSender.class.isAssignableFrom(missing.getBeanType())) {
                return new FailureAnalysis(
                        "Kopgroep cannot start: no SMTP server configured (KOPGROEP_SMTP_HOST is empty).",
                        "Set KOPGROEP_SMTP_HOST, KOPGROEP_SMTP_PORT, KOPGROEP_SMTP_SECURITY (starttls, tls or none), "
                                + "KOPGROEP_SMTP_USER, KOPGROEP_SMTP_PASSWORD and KOPGROEP_MAIL_FROM; see README.md, section E-mail.",
                        failure);
            }
        }
        return null;
    }
}
