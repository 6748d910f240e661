package nl.kopgroep.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.kopgroep.base.warmup.WarmUpStep;
import org.apache.catalina.Context;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/**
 * The warm-up's real steps against the real Tomcat (same context as the browser tests): each one runs without a
 * failure, and together they leave nothing behind — no open session, no row in the audit log or the sign-in
 * throttle, no sign-in recorded.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class WarmUpIT {

    @Autowired List<WarmUpStep> steps;
    @Autowired WebServerApplicationContext context;
    @Autowired JdbcClient jdbc;

    @Test
    void theStepsRunAndLeaveNoSessionAndNoRowBehind() throws Exception {
        assertThat(steps).extracting(WarmUpStep::name).contains("password hash", "sign-in page");
        int sessions = activeSessions();
        long audit = count("audit_event");
        long throttle = count("login_throttle");
        for (WarmUpStep step : steps) {
            step.run();
        }
        assertThat(activeSessions()).as("sessions still open after the warm-up").isEqualTo(sessions);
        assertThat(count("audit_event")).isEqualTo(audit);
        assertThat(count("login_throttle")).isEqualTo(throttle);
    }

    private long count(String table) {
        return jdbc.sql("SELECT COUNT(*) FROM " + table).query(Long.class).single();
    }

    private int activeSessions() {
        TomcatWebServer tomcat = (TomcatWebServer) context.getWebServer();
        return ((Context) tomcat.getTomcat().getHost().findChildren()[0]).getManager().getActiveSessions();
    }
}
