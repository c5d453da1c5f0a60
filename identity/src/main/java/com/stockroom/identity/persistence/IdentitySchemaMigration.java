package com.stockroom.identity.persistence;

import com.stockroom.common.persistence.SchemaMigrator;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import javax.sql.DataSource;

/** Migrates the identity schema before the module serves anything, then validates the mappings. */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class IdentitySchemaMigration {

  public static final String SCHEMA = "identity";

  @Resource(lookup = "java:jboss/datasources/StockroomPrimary")
  DataSource dataSource;

  @PersistenceUnit(unitName = "identity")
  EntityManagerFactory entityManagerFactory;

  @PostConstruct
  void migrate() {
    SchemaMigrator.migrate(
        dataSource,
        SCHEMA,
        "db/identity/changelog.sql",
        IdentitySchemaMigration.class.getClassLoader());
    SchemaMigrator.validate(entityManagerFactory);
  }
}
