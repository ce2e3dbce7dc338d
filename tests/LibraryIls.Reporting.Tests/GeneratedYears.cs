using LibraryIls.BuildingBlocks.Data;
using LibraryIls.Catalog.Contracts;
using LibraryIls.Circulation.Contracts;
using LibraryIls.Patrons.Contracts;
using LibraryIls.Testing.ReportingData;
using LibraryIls.Testing.ReportingData.DerivedViews;
using Microsoft.Extensions.DependencyInjection;

namespace LibraryIls.Reporting.Tests;

/// <summary>
/// The rows of 2023–2026 on the test network, kept in memory so the tests can count every figure themselves,
/// and written into the modules' tables by one writer per view.
/// </summary>
public sealed class GeneratedYears
{
    public const int Year = 2025;

    public required ReportingNetwork Network { get; init; }
    public required List<CirculationEventRowV1> Events { get; init; }
    public required List<VisitRowV1> Visits { get; init; }
    public required List<CardEventRowV1> Cards { get; init; }
    public required List<CatalogRecordRowV1> Records { get; init; }
    public required List<CatalogCopyRowV1> Copies { get; init; }

    // Views computed from several tables of their module (see Testing/ReportingData/DerivedViews/README.md).
    public required List<OpacAccessRowV1> OpacAccesses { get; init; }
    public required List<RotationBatchRowV1> RotationStages { get; init; }
    public required List<RotationUsageRowV1> RotationUsage { get; init; }
    public required List<MobileVanStopRowV1> VanStops { get; init; }

    public static async Task<GeneratedYears> CreateAsync(LibraryIlsApi api, int seed)
    {
        var network = await ReportingNetwork.CreateAsync(api);
        var generator = new YearGenerator(seed, network.Sites);
        var years = Enumerable.Range(Year - 2, 4).ToArray();
        var (records, copies) = generator.Catalogue(years[0], years[^1], 12, 60);
        var rotation = years.Select(y => generator.Rotation(y, 8)).ToList();
        var data = new GeneratedYears
        {
            Network = network,
            Events = years.SelectMany(y => generator.CirculationEvents(y, 900)).ToList(),
            Visits = years.SelectMany(y => generator.Visits(y, 250)).ToList(),
            Cards = generator.CardEvents(years[0], years[^1], 120),
            Records = records,
            Copies = copies,
            OpacAccesses = years.SelectMany((y, i) => generator.OpacAccesses(y, 300, 1 + i * 1000L)).ToList(),
            RotationStages = rotation.SelectMany(r => r.Stages).ToList(),
            RotationUsage = rotation.SelectMany(r => r.Usage).ToList(),
            VanStops = years.SelectMany(y => generator.VanStops(y, 15)).ToList(),
        };
        await data.WriteAsync(Writer(api), api.Services);
        return data;
    }

    public static BulkTableWriter Writer(LibraryIlsApi api) =>
        new(api.Provider, api.Services.GetRequiredService<ConnectedDatabase>().ConnectionString);

    private async Task WriteAsync(BulkTableWriter db, IServiceProvider services)
    {
        // Two thirds of the events and visits go into the modules' daily summaries before the rest is written, so every
        // figure stands on summarised and live rows alike, on days already summarised too (the rest falls on any day).
        int eventSplit = Events.Count * 2 / 3, visitSplit = Visits.Count * 2 / 3;
        await new CirculationEventsWriter().WriteAsync(db, Events.Take(eventSplit));
        await new VisitsWriter().WriteAsync(db, Visits.Take(visitSplit));
        await ReportingRollups.RunAsync(services);
        await new CirculationEventsWriter().WriteAsync(db, Events.Skip(eventSplit));
        await new VisitsWriter().WriteAsync(db, Visits.Skip(visitSplit));
        await new CardEventsWriter().WriteAsync(db, Cards);
        await new CatalogRecordsWriter().WriteAsync(db, Records);
        await new CatalogCopiesWriter().WriteAsync(db, Copies);
        await new OpacAccessesWriter().WriteAsync(db, OpacAccesses);
        await new RotationBatchesWriter().WriteAsync(db, RotationStages);
        await new RotationUsageWriter().WriteAsync(db, RotationUsage);
        await new MobileVanStopsWriter().WriteAsync(db, VanStops);
    }
}

/// <summary>One API per engine with the generated years written once, shared by a test class.</summary>
public sealed class GeneratedYearsFixture : IAsyncLifetime
{
    private readonly ApiFixture _apis = new();
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, Lazy<Task<(LibraryIlsApi, GeneratedYears)>>> _data = new();

    public Task<(LibraryIlsApi Api, GeneratedYears Data)> For(string provider) =>
        _data.GetOrAdd(provider, p => new Lazy<Task<(LibraryIlsApi, GeneratedYears)>>(async () =>
        {
            var api = await _apis.For(p);
            return (api, await GeneratedYears.CreateAsync(api, seed: 20251231));
        })).Value;

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public ValueTask DisposeAsync() => _apis.DisposeAsync();
}
