using LibraryIls.BuildingBlocks.Data;

namespace LibraryIls.Circulation.Data;

internal sealed class SqliteCirculationDesignTimeFactory()
    : DesignTimeFactory<SqliteCirculationDbContext>(DatabaseProvider.Sqlite, CirculationDbContext.SchemaName);

internal sealed class SqlServerCirculationDesignTimeFactory()
    : DesignTimeFactory<SqlServerCirculationDbContext>(DatabaseProvider.SqlServer, CirculationDbContext.SchemaName);

internal sealed class PostgresCirculationDesignTimeFactory()
    : DesignTimeFactory<PostgresCirculationDbContext>(DatabaseProvider.Postgres, CirculationDbContext.SchemaName);
