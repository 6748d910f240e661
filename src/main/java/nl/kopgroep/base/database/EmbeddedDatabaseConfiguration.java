package nl.kopgroep.base.database;

import com.zaxxer.hikari.HikariDataSource;
import javax.sql.DataSource;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * Starts the embedded MariaDB and builds the DataSource on it, so Liquibase and JPA use it and
 * Spring Boot's own DataSource set-up steps aside. Inactive as soon as {@code KOPGROEP_DB_URL}
 * (spring.datasource.url) names an external server, and absent from the production jar.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedDatabaseCondition.class)
@EnableConfigurationProperties(EmbeddedMariaDbProperties.class)
class EmbeddedDatabaseConfiguration {

    @Bean(destroyMethod = "stop")
    EmbeddedMariaDb embeddedMariaDb(EmbeddedMariaDbProperties properties) {
        return EmbeddedMariaDb.start(properties);
    }

    @Bean
    DataSource dataSource(EmbeddedMariaDb embeddedMariaDb) {
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(embeddedMariaDb.jdbcUrl());
        dataSource.setUsername("root");
        dataSource.setPassword("");
        dataSource.setPoolName("kopgroep-embedded");
        dataSource.setMaximumPoolSize(10);
        return dataSource;
    }
}
