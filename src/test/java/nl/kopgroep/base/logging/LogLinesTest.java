package nl.kopgroep.base.logging;

import static org.assertj.core.api.Assertions.assertThat;

import nl.kopgroep.KopgroepTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** A log line is one line, whatever a user typed into it (no forged entries through CR/LF). */
@KopgroepTest
@ExtendWith(OutputCaptureExtension.class)
class LogLinesTest {

    private static final Logger log = LoggerFactory.getLogger(LogLinesTest.class);

    @Test
    void aUsernameWithCarriageReturnAndLineFeedStaysOnOneLine(CapturedOutput output) {
        log.info("Failed sign-in for {}", "jan@example.org\r\n2026-12-02T08:00:00.000Z  INFO 1 --- [kopgroep] forged: admin signed in");
        String line = output.getOut().lines().filter(l -> l.contains("Failed sign-in for")).findFirst().orElseThrow();
        assertThat(line).contains("jan@example.org\\r\\n2026-12-02T08:00:00.000Z  INFO 1 --- [kopgroep] forged: admin signed in");
        assertThat(output.getOut().lines().filter(l -> l.contains("forged: admin signed in"))).hasSize(1);
    }

    @Test
    void otherLineBreaksAreEscapedToo(CapturedOutput output) {
        log.warn("Typed: {}", "a\u2028b\u0085c\u000bd");
        String line = output.getOut().lines().filter(l -> l.contains("Typed: ")).findFirst().orElseThrow();
        assertThat(line).endsWith("Typed: a\\u2028b\\u0085c\\u000bd");
    }
}
