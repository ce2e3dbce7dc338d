using LibraryIls.BuildingBlocks.Data;

namespace LibraryIls.Organization.Data;

internal sealed class SqliteOrganizationDesignTimeFactory()
    : DesignTimeFactory<SqliteOrganizationDbContext>(DatabaseProvider.Sqlite, OrganizationDbContext.SchemaName);

internal sealed class SqlServerOrganizationDesignTimeFactory()
    : DesignTimeFactory<SqlServerOrganizationDbContext>(DatabaseProvider.SqlServer, OrganizationDbContext.SchemaName);

internal sealed class PostgresOrganizationDesignTimeFactory()
    : DesignTimeFactory<PostgresOrganizationDbContext>(DatabaseProvider.Postgres, OrganizationDbContext.SchemaName);
