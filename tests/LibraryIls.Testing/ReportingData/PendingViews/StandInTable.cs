namespace LibraryIls.Testing.ReportingData.PendingViews;

/// <summary>Creates the stand-in table named as the view (see README.md), once per database.</summary>
internal static class StandInTable
{
    public static Task CreateAsync(BulkTableWriter db, string schema, string view, IEnumerable<(string Name, string Sqlite, string Postgres)> columns) =>
        db.ExecuteAsync($"CREATE TABLE IF NOT EXISTS {db.Table(schema, view)} ({string.Join(", ", columns.Select(c => $"\"{c.Name}\" {(db.IsSqlite ? c.Sqlite : c.Postgres)}"))})");
}
