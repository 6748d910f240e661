package nl.kopgroep;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * The one Spring context of the service and view tests: the whole application on the test
 * database (embedded MariaDB, or the external server named by KOPGROEP_DB_URL). Every test class
 * uses exactly this, so Spring builds the context once per test run.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest
@org.springframework.context.annotation.Import(StatementCounter.Configuration.class)
@ActiveProfiles("test")
public @interface KopgroepTest {
}
