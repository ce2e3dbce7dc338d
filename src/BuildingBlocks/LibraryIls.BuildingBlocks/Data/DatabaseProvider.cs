namespace LibraryIls.BuildingBlocks.Data;

/// <summary>The database engines one installation can run on (DESIGN.md "Data and providers").</summary>
public enum DatabaseProvider
{
    Sqlite,
    SqlServer,
    Postgres,
}
