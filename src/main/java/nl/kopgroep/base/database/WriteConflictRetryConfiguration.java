package nl.kopgroep.base.database;

import org.springframework.context.annotation.Configuration;
import org.springframework.resilience.annotation.EnableResilientMethods;

/**
 * Switches on Spring's {@code @Retryable} advice, used through {@link RetryOnWriteConflict}. Spring adds that advice
 * before the existing ones (transactions, method security), so a retry always starts a new transaction.
 */
@Configuration(proxyBeanMethods = false)
@EnableResilientMethods
class WriteConflictRetryConfiguration {
}
