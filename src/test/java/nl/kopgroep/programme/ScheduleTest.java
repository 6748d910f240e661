package nl.kopgroep.programme;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ScheduleTest {

    private static final LocalDate START = LocalDate.of(2026, 3, 1);

    @Test
    void windowMonthsCountFromTheCohortStart() {
        assertThat(Schedule.opens(START, 1)).isEqualTo(START);
        assertThat(Schedule.closes(START, 3)).isEqualTo(LocalDate.of(2026, 5, 31));
        assertThat(Schedule.opens(START, 24)).isEqualTo(LocalDate.of(2028, 2, 1));
        assertThat(Schedule.closes(START, 24)).isEqualTo(LocalDate.of(2028, 2, 29));
    }

    @Test
    void statusFollowsTodayAndProgress() {
        LocalDate opens = LocalDate.of(2026, 8, 1);
        LocalDate closes = LocalDate.of(2026, 11, 30);
        assertThat(Schedule.status(LocalDate.of(2026, 7, 31), opens, closes, 0, 4)).isEqualTo(ModuleStatus.UPCOMING);
        assertThat(Schedule.status(opens, opens, closes, 0, 4)).isEqualTo(ModuleStatus.OPEN);
        assertThat(Schedule.status(closes, opens, closes, 3, 4)).isEqualTo(ModuleStatus.OPEN);
        assertThat(Schedule.status(LocalDate.of(2026, 12, 1), opens, closes, 3, 4)).isEqualTo(ModuleStatus.OVERDUE);
        assertThat(Schedule.status(LocalDate.of(2026, 12, 1), opens, closes, 4, 4)).isEqualTo(ModuleStatus.DONE);
        assertThat(Schedule.status(LocalDate.of(2026, 7, 1), opens, closes, 4, 4)).as("done early").isEqualTo(ModuleStatus.DONE);
        assertThat(Schedule.status(LocalDate.of(2026, 9, 1), opens, closes, 0, 0)).as("no lessons").isEqualTo(ModuleStatus.OPEN);
    }
}
