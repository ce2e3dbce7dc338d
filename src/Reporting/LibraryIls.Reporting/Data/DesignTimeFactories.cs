using LibraryIls.BuildingBlocks.Data;

namespace LibraryIls.Reporting.Data;

internal sealed class SqliteReportingDesignTimeFactory()
    : DesignTimeFactory<SqliteReportingDbContext>(DatabaseProvider.Sqlite, ReportingDbContext.SchemaName);

internal sealed class SqlServerReportingDesignTimeFactory()
    : DesignTimeFactory<SqlServerReportingDbContext>(DatabaseProvider.SqlServer, ReportingDbContext.SchemaName);

internal sealed class PostgresReportingDesignTimeFactory()
    : DesignTimeFactory<PostgresReportingDbContext>(DatabaseProvider.Postgres, ReportingDbContext.SchemaName);
