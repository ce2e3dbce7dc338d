using System.Data.Common;
using System.Globalization;
using System.Text;
using LibraryIls.BuildingBlocks.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace LibraryIls.Catalog.Search;

/// <summary>
/// Builds the OPAC's SQL: one text for all three engines (quoted identifiers, parameters), differing only in
/// the schema prefix, Guid parameters (SQLite keeps EF's upper-case text) and paging syntax. Its parameters are named
/// with <paramref name="prefix"/> and a number: SQL that EF composes into a query of its own takes a prefix EF does not use.
/// </summary>
internal sealed class SearchSql(DatabaseProvider provider, string prefix = "@p")
{
    private readonly List<(string Name, object? Value)> _parameters = [];

    public string Tokens => Table("cat_search_tokens");

    /// <summary>SQLite keeps the words in a full-text table (<see cref="SqliteWords"/>), the other engines a row per word.</summary>
    public bool WordsInFullText => provider == DatabaseProvider.Sqlite;
    public string Documents => Table("cat_search_documents");
    public string Copies => Table("cat_copies");
    public string Holdings => Table("cat_search_holdings");
    public string Versions => Table("cat_search_versions");

    /// <summary>PostgreSQL and SQLite compute a CTE used twice once only when told; SQL Server has no such hint.</summary>
    public string Materialized => provider == DatabaseProvider.SqlServer ? "" : "MATERIALIZED ";

    public string Text(string expression) => provider switch
    {
        DatabaseProvider.SqlServer => $"CAST({expression} AS nvarchar(64))",
        _ => $"CAST({expression} AS text)",
    };

    public string Table(string name) => provider == DatabaseProvider.Sqlite ? $"\"{name}\"" : $"\"catalog\".\"{name}\"";

    public string Add(object? value)
    {
        var name = prefix + _parameters.Count.ToString(CultureInfo.InvariantCulture);
        _parameters.Add((name, value switch
        {
            Guid id when provider == DatabaseProvider.Sqlite => id.ToString().ToUpperInvariant(),
            _ => value,
        }));
        return name;
    }

    public string In(IEnumerable<object> values) => string.Join(", ", values.Select(Add));

    /// <summary>
    /// Record ids for an IN (…) as one parameter holding the list (json_each on SQLite, an array on PostgreSQL): with one
    /// parameter per id Microsoft.Data.Sqlite would look each name up in every statement of the text. SQL Server lists them.
    /// </summary>
    public string Ids(IReadOnlyCollection<Guid> ids) => provider switch
    {
        DatabaseProvider.Sqlite => $"SELECT \"value\" FROM json_each({Add(System.Text.Json.JsonSerializer.Serialize(ids.Select(id => id.ToString().ToUpperInvariant())))})",
        DatabaseProvider.Postgres => $"SELECT unnest({Add(ids.ToArray())})",
        _ => In(ids.Cast<object>()),
    };

    public string Page(string orderedSelect, int skip, int take) => provider == DatabaseProvider.SqlServer
        ? $"{orderedSelect} OFFSET {skip} ROWS FETCH NEXT {take} ROWS ONLY"
        : $"{orderedSelect} LIMIT {take} OFFSET {skip}";

    /// <summary>The documents holding the term: a word anywhere in its fields, or a phrase's words one after another in one field.</summary>
    public string Holding(SearchTerm term)
    {
        if (WordsInFullText) return $"SELECT rowid AS \"DocNo\" FROM {SqliteWords.Table} WHERE {SqliteWords.Table} MATCH {Add(SqliteWords.Match(term))}";
        var sql = new StringBuilder($"SELECT t0.\"DocNo\" FROM {Tokens} t0");
        for (var i = 1; i < term.Words.Count; i++)
            sql.Append(CultureInfo.InvariantCulture, $" JOIN {Tokens} t{i} ON t{i}.\"DocNo\" = t0.\"DocNo\" AND t{i}.\"Field\" = t0.\"Field\"")
               .Append(CultureInfo.InvariantCulture, $" AND t{i}.\"Position\" = t0.\"Position\" + {i} AND t{i}.\"Folded\" = {Add(term.Words[i].Folded)}");
        sql.Append($" WHERE t0.\"Folded\" = {Add(term.Words[0].Folded)}");
        if (term.Fields.Count > 0) sql.Append($" AND t0.\"Field\" IN ({string.Join(", ", term.Fields.Select(f => ((int)f).ToString(CultureInfo.InvariantCulture)))})");
        return sql.ToString();
    }

    /// <summary>
    /// A command on the context's connection, in its current transaction and with its command timeout (a rebuild sets
    /// an hour: counting the holdings of a million records takes minutes). The connection must be open.
    /// </summary>
    public DbCommand Command(DbContext db, string sql)
    {
        var command = Command(db.Database.GetDbConnection(), sql);
        command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        if (db.Database.GetCommandTimeout() is { } timeout) command.CommandTimeout = timeout;
        return command;
    }

    public DbCommand Command(DbConnection connection, string sql)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Parameters.AddRange(Parameters(connection));
        return command;
    }

    /// <summary>The values added so far as parameters of the connection's engine.</summary>
    public DbParameter[] Parameters(DbConnection connection)
    {
        var engine = DbProviderFactories.GetFactory(connection) ?? throw new InvalidOperationException($"{connection.GetType().Name} names no provider factory.");
        return [.. _parameters.Select(p => Parameter(engine, p.Name, p.Value))];
    }

    private static DbParameter Parameter(DbProviderFactory engine, string name, object? value)
    {
        var parameter = engine.CreateParameter()!;
        parameter.ParameterName = name;
        parameter.Value = value ?? DBNull.Value;
        return parameter;
    }
}
