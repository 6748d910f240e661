package nl.kopgroep.base.warmup;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Plays every {@link WarmUpStep} a few rounds at start-up, before the application is ready (issue 16,
 * docs/benchmarks.md "the first requests after a start"). It is an {@link ApplicationRunner}, the last one: Spring
 * Boot runs the runners after the web server has started and only then publishes {@code ReadinessState
 * .ACCEPTING_TRAFFIC}, so until the warm-up is done {@code /actuator/health} (which includes the readiness state)
 * answers {@code OUT_OF_SERVICE}, the Docker health check and a load balancer's readiness probe keep real traffic
 * away, and the steps can make real requests to the application itself.
 *
 * <p>The warm-up can only delay readiness, never prevent it: a step that throws is logged and left out of the later
 * rounds, and after {@code kopgroep.warm-up.budget} no new round starts and a step that still runs is abandoned
 * (interrupted, on its own daemon thread) — the application then becomes ready, merely less warm.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
class WarmUp implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(WarmUp.class);

    private final List<WarmUpStep> steps;
    private final boolean enabled;
    private final int rounds;
    private final Duration budget;

    WarmUp(List<WarmUpStep> steps, @Value("${kopgroep.warm-up.enabled:true}") boolean enabled,
           @Value("${kopgroep.warm-up.rounds:3}") int rounds,
           @Value("${kopgroep.warm-up.budget:3s}") Duration budget) {
        this.steps = List.copyOf(steps);
        this.enabled = enabled;
        this.rounds = rounds;
        this.budget = budget;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!enabled || steps.isEmpty() || rounds <= 0) {
            return;
        }
        long began = System.nanoTime();
        long deadline = began + budget.toNanos();
        Rounds work = new Rounds(deadline);
        Thread worker = Thread.ofPlatform().name("warm-up").daemon().unstarted(work);
        worker.start();
        try {
            // The rounds check the deadline between steps; this is the bound for a step that hangs.
            if (!worker.join(budget.plusMillis(250))) {
                worker.interrupt();
                LOG.warn("Warm-up: still busy after {} ms ({}), abandoned; the application starts without it",
                        budget.toMillis(), work.current);
            }
        } catch (InterruptedException e) {
            worker.interrupt();
            Thread.currentThread().interrupt();
        }
        LOG.info("Warm-up: {} round(s) of {} in {} ms{}", work.roundsDone, work.names(),
                Duration.ofNanos(System.nanoTime() - began).toMillis(),
                work.failed.isEmpty() ? "" : "; failed: " + String.join(", ", work.failed));
    }

    /** The rounds, on the worker thread; the fields are read by the runner after join (or as a best effort). */
    private final class Rounds implements Runnable {

        private final long deadline;
        private final List<WarmUpStep> remaining = new ArrayList<>(steps);
        private final List<String> failed = new CopyOnWriteArrayList<>();
        private volatile int roundsDone;
        private volatile String current = "";

        Rounds(long deadline) {
            this.deadline = deadline;
        }

        @Override
        public void run() {
            for (int round = 0; round < rounds && !remaining.isEmpty(); round++) {
                for (WarmUpStep step : List.copyOf(remaining)) {
                    if (System.nanoTime() > deadline || Thread.currentThread().isInterrupted()) {
                        return;
                    }
                    current = step.name();
                    try {
                        step.run();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    } catch (Exception | LinkageError e) {
                        remaining.remove(step);
                        failed.add(step.name());
                        LOG.warn("Warm-up step '{}' failed, left out: {}", step.name(), e.toString());
                    }
                }
                roundsDone = round + 1;
            }
            current = "";
        }

        String names() {
            return String.join(", ", steps.stream().map(WarmUpStep::name).toList());
        }
    }
}
