package nl.kopgroep.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** The UI's dates and times follow the configured zone, not a zone written into a view. */
class DateTimeFormatsTest {

    private static final Instant NOON_UTC = Instant.parse("2026-12-02T12:00:00Z");

    @Test
    void theConfiguredZoneDecidesTheHourShown() {
        assertThat(new DateTimeFormats("Europe/Amsterdam").time(NOON_UTC)).isEqualTo("13:00");
        assertThat(new DateTimeFormats("Asia/Tokyo").time(NOON_UTC)).isEqualTo("21:00");
        assertThat(new DateTimeFormats("Asia/Tokyo").dateTime(NOON_UTC)).contains("21:00");
        assertThat(new DateTimeFormats("America/New_York").savedAt(NOON_UTC)).isEqualTo("Opgeslagen om 07:00");
    }

    @Test
    void theBeanTakesItsZoneFromTheSetting() {
        new ApplicationContextRunner().withUserConfiguration(DateTimeFormats.class)
                .withPropertyValues("kopgroep.time-zone=Asia/Tokyo")
                .run(context -> assertThat(context.getBean(DateTimeFormats.class).time(NOON_UTC)).isEqualTo("21:00"));
    }

    @Test
    void theDayOfAMomentIsTheDayInTheConfiguredZone() {
        Instant lateEvening = Instant.parse("2026-12-02T23:30:00Z");
        assertThat(new DateTimeFormats(ZoneId.of("UTC")).date(lateEvening)).startsWith("2 dec");
        assertThat(new DateTimeFormats(ZoneId.of("Europe/Amsterdam")).date(lateEvening)).startsWith("3 dec");
    }
}
