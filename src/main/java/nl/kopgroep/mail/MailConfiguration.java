package nl.kopgroep.mail;

import java.util.Properties;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * The SMTP connection: to the server in {@code kopgroep.mail.smtp.*} (README "E-mail") when a host is set;
 * otherwise, where GreenMail is on the class path (development and tests), to the embedded server; otherwise the
 * application does not start ({@link MailFailureAnalyzer} says what to set).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(MailSettings.class)
class MailConfiguration {

    @Bean
    @ConditionalOnExpression("!'${kopgroep.mail.smtp.host:}'.isBlank()")
    JavaMailSender smtpMailSender(MailSettings settings) {
        MailSettings.Smtp smtp = settings.smtp();
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost(smtp.host());
        sender.setPort(smtp.port());
        if (!smtp.username().isBlank()) {
            sender.setUsername(smtp.username());
            sender.setPassword(smtp.password());
        }
        sender.setDefaultEncoding("UTF-8");
        Properties properties = sender.getJavaMailProperties();
        String timeout = String.valueOf(smtp.timeout().toMillis());
        boolean tls = smtp.security() == MailSettings.Security.TLS;
        String protocol = tls ? "smtps" : "smtp";
        sender.setProtocol(protocol);
        properties.put("mail." + protocol + ".auth", String.valueOf(!smtp.username().isBlank()));
        properties.put("mail." + protocol + ".connectiontimeout", timeout);
        properties.put("mail." + protocol + ".timeout", timeout);
        properties.put("mail." + protocol + ".writetimeout", timeout);
        if (smtp.security() == MailSettings.Security.STARTTLS) {
            properties.put("mail.smtp.starttls.enable", "true");
            properties.put("mail.smtp.starttls.required", "true");
        }
        if (smtp.security() != MailSettings.Security.NONE) {
            properties.put("mail." + protocol + ".ssl.checkserveridentity", "true");
        }
        return sender;
    }

    @Configuration(proxyBeanMethods = false)
    @Conditional(EmbeddedMailCondition.class)
    static class Embedded {

        @Bean(destroyMethod = "shutdown")
        EmbeddedMailServer embeddedMailServer(@Value("${kopgroep.embedded-mail.port:0}") int port) {
            return EmbeddedMailServer.start(port);
        }

        @Bean
        @ConditionalOnMissingBean(JavaMailSender.class)
        JavaMailSender embeddedMailSender(EmbeddedMailServer server) {
            JavaMailSenderImpl sender = new JavaMailSenderImpl();
            sender.setHost(server.host());
            // The port is read at each send: a restarted server (tests of an outage) keeps its port anyway.
            sender.setPort(server.port());
            sender.setDefaultEncoding("UTF-8");
            sender.getJavaMailProperties().put("mail.smtp.connectiontimeout", "5000");
            sender.getJavaMailProperties().put("mail.smtp.timeout", "5000");
            return sender;
        }
    }
}
