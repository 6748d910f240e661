package nl.kopgroep.base.database;

/** Thrown at start-up when neither an external database URL nor the embedded database is available. */
class DatabaseNotConfiguredException extends RuntimeException {

    DatabaseNotConfiguredException() {
        super("No database configured: KOPGROEP_DB_URL is empty and the embedded MariaDB is not on the classpath");
    }
}
