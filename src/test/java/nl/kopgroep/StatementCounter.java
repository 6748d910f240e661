package nl.kopgroep;

import java.util.List;
import java.util.function.Supplier;
import javax.sql.DataSource;
import net.ttddyy.dsproxy.ExecutionInfo;
import net.ttddyy.dsproxy.QueryInfo;
import net.ttddyy.dsproxy.listener.QueryExecutionListener;
import net.ttddyy.dsproxy.support.ProxyDataSource;
import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Counts the SQL statements a piece of work sends to the database, on the calling thread only, by
 * wrapping the application's DataSource with datasource-proxy. Used by the statement-count tests
 * and the benchmark to prove that a page's statements do not grow with the data.
 */
public final class StatementCounter {

    private static final ThreadLocal<List<String>> COUNT = new ThreadLocal<>();
    private static final ThreadLocal<List<String>> TIMED = new ThreadLocal<>();

    private StatementCounter() {
    }

    /** The result of some work and the number of statements it took. */
    public record Counted<T>(T result, List<String> sql) {

        public long statements() {
            return sql.size();
        }
    }

    public static <T> Counted<T> count(Supplier<T> work) {
        List<String> sql = new java.util.ArrayList<>();
        COUNT.set(sql);
        try {
            T result = work.get();
            return new Counted<>(result, List.copyOf(sql));
        } finally {
            COUNT.remove();
        }
    }

    /**
     * The statements of some work, each with the time the database took for it ("1.2 ms: SELECT ..."), to find
     * where a page's time goes (the benchmark prints them).
     */
    public static List<String> profile(Runnable work) {
        List<String> timed = new java.util.ArrayList<>();
        TIMED.set(timed);
        try {
            work.run();
            return List.copyOf(timed);
        } finally {
            TIMED.remove();
        }
    }

    @TestConfiguration(proxyBeanMethods = false)
    public static class Configuration {

        @Bean
        static BeanPostProcessor countingDataSource() {
            return new BeanPostProcessor() {
                @Override
                public Object postProcessAfterInitialization(Object bean, String beanName) {
                    if (bean instanceof DataSource dataSource && !(bean instanceof ProxyDataSource)) {
                        return ProxyDataSourceBuilder.create(dataSource).name("counted").listener(new Listener()).build();
                    }
                    return bean;
                }
            };
        }
    }

    private static final class Listener implements QueryExecutionListener {

        @Override
        public void beforeQuery(ExecutionInfo execution, List<QueryInfo> queries) {
        }

        @Override
        public void afterQuery(ExecutionInfo execution, List<QueryInfo> queries) {
            List<String> sql = COUNT.get();
            if (sql != null) {
                sql.add(queries.isEmpty() ? "?" : queries.getFirst().getQuery());
            }
            List<String> timed = TIMED.get();
            if (timed != null) {
                timed.add(execution.getElapsedTime() + " ms: " + (queries.isEmpty() ? "?" : queries.getFirst().getQuery()));
            }
        }
    }
}
