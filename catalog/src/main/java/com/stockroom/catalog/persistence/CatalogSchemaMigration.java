package com.stockroom.catalog.persistence;

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

/** Migrates the catalog schema before the module serves anything, then validates the mappings. */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class CatalogSchemaMigration {

  public static final String SCHEMA = "catalog";

  @Resource(lookup = "java:jboss/datasources/StockroomPrimary")
  DataSource dataSource;

  @PersistenceUnit(unitName = "catalog")
  EntityManagerFactory entityManagerFactory;

  @PostConstruct
  void migrate() {
    SchemaMigrator.migrate(
        dataSource,
        SCHEMA,
        "db/catalog/changelog.sql",
        CatalogSchemaMigration.class.getClassLoader());
    SchemaMigrator.validate(entityManagerFactory);
  }
}
