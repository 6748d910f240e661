package nl.kopgroep.base;

import java.time.Clock;
import java.time.ZoneId;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** One clock for the whole application, in the programme's time zone, replaceable in tests. */
@Configuration(proxyBeanMethods = false)
class ClockConfiguration {

    @Bean
    Clock clock(@Value("${kopgroep.time-zone:Europe/Amsterdam}") String zone) {
        return Clock.system(ZoneId.of(zone));
    }
}
