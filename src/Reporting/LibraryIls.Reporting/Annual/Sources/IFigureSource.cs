using System.Data.Common;
using LibraryIls.BuildingBlocks.Data;

namespace LibraryIls.Reporting.Annual.Sources;

/// <summary>The connection, engine and site scope every source queries with; null scope = the whole network.</summary>
internal sealed record SourceContext(DbConnection Connection, DatabaseProvider Provider, IReadOnlyCollection<Guid>? Scope)
{
    /// <summary>The sites view, loaded once per report.</summary>
    public SiteNetwork Network { get; init; } = null!;

    public ViewQuery Query() => new(Connection, Provider);
}

/// <summary>One published view (or Reporting's own table) turned into figures by GROUP BY in the database.</summary>
internal interface IFigureSource
{
    /// <summary>The views it reads, as (schema, view); a view not published yet leaves its figures out, with a note.</summary>
    IReadOnlyList<(string Schema, string View)> Views { get; }

    Task CollectAsync(SourceContext context, ReportPeriod period, Tally tally, CancellationToken ct);
}
