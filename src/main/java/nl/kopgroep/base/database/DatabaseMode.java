package nl.kopgroep.base.database;

import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/** Tells the rest of the application whether it runs on the embedded development database. */
@Component
public class DatabaseMode {

    private final boolean embedded;

    DatabaseMode(Environment environment) {
        this.embedded = EmbeddedDatabaseCondition.embeddedWanted(
                environment.getProperty("spring.datasource.url"), getClass().getClassLoader());
    }

    public boolean embedded() {
        return embedded;
    }
}
