package com.stockroom.common.persistence;

import jakarta.persistence.EntityManagerFactory;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import javax.sql.DataSource;
import liquibase.Scope;
import liquibase.command.CommandScope;
import liquibase.command.core.UpdateCommandStep;
import liquibase.command.core.helpers.DbUrlConnectionArgumentsCommandStep;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.ClassLoaderResourceAccessor;
import org.hibernate.SessionFactory;
import org.jboss.logging.Logger;

/**
 * Brings one module's schema up to date with its Liquibase changelog, then has Hibernate validate
 * the module's mappings against it. Each module calls this from a startup bean, so the schema is
 * current before the module serves anything, and nodes starting together take turns.
 */
public final class SchemaMigrator {

  private static final Logger LOG = Logger.getLogger(SchemaMigrator.class);

  private SchemaMigrator() {}

  /**
   * @param schema the module's schema (also where Liquibase keeps its own tables)
   * @param changelog the changelog's resource path inside the module jar
   * @param moduleClassLoader the module's class loader: the changelog lives in the module jar while
   *     Liquibase lives in the EAR's lib/
   */
  public static void migrate(
      DataSource dataSource, String schema, String changelog, ClassLoader moduleClassLoader) {
    if (!schema.matches("[a-z_]+")) {
      throw new IllegalArgumentException("schema name: " + schema);
    }
    long started = System.nanoTime();
    try (Connection connection = dataSource.getConnection()) {
      connection.setAutoCommit(true);
      // Nodes that boot together would race on CREATE SCHEMA; a session lock serialises them.
      long lockKey = ("stockroom-migrate-" + schema).hashCode();
      try (PreparedStatement lock = connection.prepareStatement("SELECT pg_advisory_lock(?)")) {
        lock.setLong(1, lockKey);
        lock.execute();
      }
      try {
        try (Statement statement = connection.createStatement()) {
          statement.execute("CREATE SCHEMA IF NOT EXISTS " + schema);
        }
        runLiquibase(connection, schema, changelog, moduleClassLoader);
      } finally {
        try (PreparedStatement unlock =
            connection.prepareStatement("SELECT pg_advisory_unlock(?)")) {
          unlock.setLong(1, lockKey);
          unlock.execute();
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("cannot migrate schema " + schema, e);
    }
    LOG.infof("schema %s is up to date (%d ms)", schema, (System.nanoTime() - started) / 1_000_000);
  }

  /** Fails the deployment when the entity mappings and the migrated schema disagree. */
  public static void validate(EntityManagerFactory entityManagerFactory) {
    entityManagerFactory.unwrap(SessionFactory.class).getSchemaManager().validateMappedObjects();
  }

  private static void runLiquibase(
      Connection connection, String schema, String changelog, ClassLoader moduleClassLoader) {
    Map<String, Object> scope =
        Map.of(
            Scope.Attr.resourceAccessor.name(),
            new ClassLoaderResourceAccessor(moduleClassLoader),
            "liquibase.analytics.enabled",
            false,
            "liquibase.showBanner",
            false,
            "liquibase.shouldSnapshotData",
            false);
    try {
      Scope.child(
          scope,
          () -> {
            Database database =
                DatabaseFactory.getInstance()
                    .findCorrectDatabaseImplementation(new JdbcConnection(connection));
            database.setDefaultSchemaName(schema);
            database.setLiquibaseSchemaName(schema);
            new CommandScope(UpdateCommandStep.COMMAND_NAME)
                .addArgumentValue(DbUrlConnectionArgumentsCommandStep.DATABASE_ARG, database)
                .addArgumentValue(UpdateCommandStep.CHANGELOG_FILE_ARG, changelog)
                .execute();
          });
    } catch (Exception e) {
      throw new IllegalStateException("liquibase update of schema " + schema + " failed", e);
    }
  }
}
