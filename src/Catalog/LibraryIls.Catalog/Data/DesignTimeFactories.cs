using LibraryIls.BuildingBlocks.Data;

namespace LibraryIls.Catalog.Data;

internal sealed class SqliteCatalogDesignTimeFactory()
    : DesignTimeFactory<SqliteCatalogDbContext>(DatabaseProvider.Sqlite, CatalogDbContext.SchemaName);

internal sealed class SqlServerCatalogDesignTimeFactory()
    : DesignTimeFactory<SqlServerCatalogDbContext>(DatabaseProvider.SqlServer, CatalogDbContext.SchemaName);

internal sealed class PostgresCatalogDesignTimeFactory()
    : DesignTimeFactory<PostgresCatalogDbContext>(DatabaseProvider.Postgres, CatalogDbContext.SchemaName);
