namespace LibraryIls.BuildingBlocks.Data;

/// <summary>The database engines one installation can run on (docs/architecture.md "Data and providers").</summary>
public enum DatabaseProvider
{
    Sqlite,
    SqlServer,
    Postgres,
}
