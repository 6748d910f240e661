package nl.kopgroep.base.database;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Whether features load their demo data: always on the embedded development database, on an
 * external database only when KOPGROEP_DEMO_DATA=true is set explicitly.
 */
@Component
public class DemoDataPolicy {

    private final boolean enabled;

    DemoDataPolicy(DatabaseMode mode, @Value("${kopgroep.demo-data:}") String setting) {
        this.enabled = setting.isBlank() ? mode.embedded() : Boolean.parseBoolean(setting.strip());
    }

    public boolean enabled() {
        return enabled;
    }
}
