using LibraryIls.BuildingBlocks.Data;

namespace LibraryIls.Patrons.Data;

internal sealed class SqlitePatronsDesignTimeFactory()
    : DesignTimeFactory<SqlitePatronsDbContext>(DatabaseProvider.Sqlite, PatronsDbContext.SchemaName);

internal sealed class SqlServerPatronsDesignTimeFactory()
    : DesignTimeFactory<SqlServerPatronsDbContext>(DatabaseProvider.SqlServer, PatronsDbContext.SchemaName);

internal sealed class PostgresPatronsDesignTimeFactory()
    : DesignTimeFactory<PostgresPatronsDbContext>(DatabaseProvider.Postgres, PatronsDbContext.SchemaName);
