package nl.kopgroep.base.database;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Stops a production start without database settings before anything else happens, so the
 * operator reads one clear line instead of a DataSource stack trace.
 */
class DatabaseConfigurationCheck implements EnvironmentPostProcessor {

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        String url = environment.getProperty("spring.datasource.url");
        boolean embeddedAvailable = EmbeddedDatabaseCondition.embeddedWanted(url, application.getClassLoader());
        if ((url == null || url.isBlank()) && !embeddedAvailable) {
            throw new DatabaseNotConfiguredException();
        }
    }
}
