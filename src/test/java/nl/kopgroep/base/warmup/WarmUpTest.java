package nl.kopgroep.base.warmup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.availability.ApplicationAvailabilityBean;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/**
 * The warm-up on a real (small) Spring Boot start: it runs before the application reports itself ready, and whatever
 * a step does — throw, or never return — the application becomes ready all the same.
 */
class WarmUpTest {

    /** What the steps saw, in order: the readiness state during each run, then "ready" when Boot said so. */
    static final List<String> SEEN = new CopyOnWriteArrayList<>();
    static volatile long hangingSince;
    static volatile long readyAt;

    @Test
    void theApplicationRefusesTrafficUntilTheWarmUpIsDone() {
        try (ConfigurableApplicationContext context = start(Counting.class, "--kopgroep.warm-up.rounds=3")) {
            assertThat(SEEN).containsExactly("counting " + ReadinessState.REFUSING_TRAFFIC,
                    "counting " + ReadinessState.REFUSING_TRAFFIC, "counting " + ReadinessState.REFUSING_TRAFFIC, "ready");
            assertThat(context.getBean(ApplicationAvailability.class).getReadinessState())
                    .isEqualTo(ReadinessState.ACCEPTING_TRAFFIC);
        }
    }

    @Test
    void aFailingStepIsLeftOutAndTheOthersGoOn() {
        try (ConfigurableApplicationContext context = start(FailingAndCounting.class, "--kopgroep.warm-up.rounds=3")) {
            assertThat(context.getBean("failing", Failing.class).runs).hasValue(1);
            assertThat(SEEN).filteredOn(seen -> seen.startsWith("counting")).hasSize(3);
            assertThat(SEEN).last().isEqualTo("ready");
            assertThat(context.getBean(ApplicationAvailability.class).getReadinessState())
                    .isEqualTo(ReadinessState.ACCEPTING_TRAFFIC);
        }
    }

    @Test
    void aStepThatNeverReturnsIsAbandonedAfterTheBudget() {
        try (ConfigurableApplicationContext context = start(Hanging.class, "--kopgroep.warm-up.budget=300ms")) {
            long waitedMs = (readyAt - hangingSince) / 1_000_000;
            assertThat(SEEN).containsExactly("hanging " + ReadinessState.REFUSING_TRAFFIC, "ready");
            assertThat(context.getBean(ApplicationAvailability.class).getReadinessState())
                    .isEqualTo(ReadinessState.ACCEPTING_TRAFFIC);
            assertThat(waitedMs).as("from the hanging step to ready, ms").isBetween(250L, 5_000L);
        }
    }

    @Test
    void switchedOffNoStepRuns() {
        try (ConfigurableApplicationContext context = start(Counting.class, "--kopgroep.warm-up.enabled=false")) {
            assertThat(SEEN).containsExactly("ready");
        }
    }

    private static ConfigurableApplicationContext start(Class<?> steps, String... args) {
        SEEN.clear();
        return new SpringApplicationBuilder(Base.class, steps).web(WebApplicationType.NONE)
                .logStartupInfo(false).run(args);
    }

    @Configuration(proxyBeanMethods = false)
    @Import(WarmUp.class)
    static class Base {

        @Bean
        ApplicationAvailabilityBean applicationAvailability() {
            return new ApplicationAvailabilityBean();
        }

        @Bean
        ApplicationListener<ApplicationReadyEvent> readyRecorder() {
            return event -> {
                readyAt = System.nanoTime();
                SEEN.add("ready");
            };
        }
    }

    /** Records the readiness state it runs in. */
    record Recording(String name, ApplicationAvailability availability) implements WarmUpStep {
        @Override
        public void run() {
            SEEN.add(name + " " + availability.getReadinessState());
        }
    }

    static final class Failing implements WarmUpStep {
        final AtomicInteger runs = new AtomicInteger();

        @Override
        public String name() {
            return "failing";
        }

        @Override
        public void run() {
            runs.incrementAndGet();
            throw new IllegalStateException("broken on purpose");
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class Counting {
        @Bean
        WarmUpStep counting(ApplicationAvailability availability) {
            return new Recording("counting", availability);
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class FailingAndCounting {
        @Bean
        Failing failing() {
            return new Failing();
        }

        @Bean
        WarmUpStep counting(ApplicationAvailability availability) {
            return new Recording("counting", availability);
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class Hanging {
        @Bean
        WarmUpStep hanging(ApplicationAvailability availability) {
            return new WarmUpStep() {
                @Override
                public String name() {
                    return "hanging";
                }

                @Override
                public void run() throws InterruptedException {
                    hangingSince = System.nanoTime();
                    SEEN.add("hanging " + availability.getReadinessState());
                    new CountDownLatch(1).await();
                }
            };
        }
    }
}
