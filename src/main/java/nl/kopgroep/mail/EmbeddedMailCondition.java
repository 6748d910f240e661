package nl.kopgroep.mail;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.ClassUtils;

/** The embedded SMTP server runs when GreenMail is on the class path and no SMTP host is configured. */
class EmbeddedMailCondition implements Condition {

    static final String GREENMAIL_CLASS = "com.icegreen.greenmail.util.GreenMail";

    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
        String host = context.getEnvironment().getProperty("kopgroep.mail.smtp.host");
        return (host == null || host.isBlank()) && ClassUtils.isPresent(GREENMAIL_CLASS, context.getClassLoader());
    }
}
