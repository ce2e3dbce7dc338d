using LibraryIls.Catalog.Contracts;

namespace LibraryIls.Reporting.Tests;

/// <summary>
/// The figures of one year counted here, in plain LINQ over the generated rows, from the rules in docs/domain.md,
/// never through Reporting's code: indicator → breakdown → key → value ("total" → "" for the total).
/// </summary>
public sealed record EnteredInput(int Year, string SiteCode, string Key, decimal Value);

public sealed class ExpectedFigures
{
    public readonly Dictionary<string, Dictionary<string, Dictionary<string, decimal>>> Values = new();

    public static readonly string[] InputKeys =
    [
        "digitisation.pages", "digitisation.documents", "digitisation.collections", "privateLibraries.count", "privateLibraries.new",
        "privateLibraries.visits", "communityLibraries.count", "communityLibraries.visits", "readingSpaces.count",
        "population.total", "population.pupils", "population.rural",
    ];

    public decimal Total(string indicator) => Values.TryGetValue(indicator, out var d) ? d["total"].GetValueOrDefault("") : 0;

    private void Add<T>(string indicator, IEnumerable<T> rows, Func<T, decimal> value, params (string Dimension, Func<T, string> Key)[] dimensions)
    {
        var list = rows.ToList();
        var figure = Values[indicator] = new() { ["total"] = new() { [""] = list.Sum(value) } };
        foreach (var (dimension, key) in dimensions)
            figure[dimension] = list.GroupBy(key).ToDictionary(g => g.Key, g => g.Sum(value));
    }

    private void Distinct<T>(string indicator, IEnumerable<T> rows, Func<T, string> counted, params (string Dimension, Func<T, string> Key)[] dimensions)
    {
        var list = rows.ToList();
        var figure = Values[indicator] = new() { ["total"] = new() { [""] = list.Select(counted).Distinct().Count() } };
        foreach (var (dimension, key) in dimensions)
            figure[dimension] = list.GroupBy(key).ToDictionary(g => g.Key, g => (decimal)g.Select(counted).Distinct().Count());
    }

    /// <summary>target = the sum of parts; a breakdown a part lacks takes the part's total under "".</summary>
    private void Sum(string target, string? partDimension, params string[] parts)
    {
        var figure = Values[target] = new() { ["total"] = new() { [""] = parts.Sum(Total) } };
        var dimensions = parts.SelectMany(p => Values[p].Keys).Where(d => d != "total").ToHashSet();
        foreach (var dimension in dimensions)
        {
            var into = figure[dimension] = new();
            foreach (var part in parts)
                foreach (var (key, value) in Values[part].TryGetValue(dimension, out var entries) ? entries : new() { [""] = Total(part) })
                    into[key] = into.GetValueOrDefault(key) + value;
        }
        if (partDimension is not null) figure[partDimension] = parts.ToDictionary(p => p, Total);
    }

    private static DateTime Vietnam(DateTime utc) => utc.AddHours(7);

    private static string Month(int month) => (month - 1).ToString(System.Globalization.CultureInfo.InvariantCulture);

    public static ExpectedFigures Count(GeneratedYears data, int year, IReadOnlySet<Guid>? scope, IReadOnlyList<EnteredInput> entered)
    {
        bool In(Guid? site) => scope is null || (site is { } s && scope.Contains(s));
        var e = new ExpectedFigures();
        var end = new DateOnly(year, 12, 31);

        foreach (var (kind, code) in new[] { ("Issued", "cards.issued"), ("Renewed", "cards.renewed"), ("Replaced", "cards.replaced") })
            e.Add(code, data.Cards.Where(c => c.Kind == kind && c.Date.Year == year && In(c.SiteId)), _ => 1m,
                ("level", c => c.SiteLevel), ("site", c => c.SiteId.ToString()), ("category", c => c.CategoryCode), ("month", c => Month(c.Date.Month)));
        e.Add("cards.validAtEnd", data.Cards.Where(c => c.Date <= end && In(c.SiteId)), c => c.Kind switch { "Issued" => 1m, "Expired" => -1m, _ => 0m },
            ("level", c => c.SiteLevel), ("site", c => c.SiteId.ToString()), ("category", c => c.CategoryCode), ("rural", c => c.IsRural ? "true" : "false"));

        e.Add("visits.onSite", data.Visits.Where(v => v.Date.Year == year && In(v.SiteId)), v => v.Count,
            ("level", v => v.SiteLevel), ("site", v => v.SiteId.ToString()), ("category", v => v.CategoryCode ?? ""), ("month", v => Month(v.Date.Month)),
            ("rural", v => v.IsRural ? "true" : "false"));

        foreach (var (code, kinds) in new[]
                 {
                     ("items.loans", new[] { "CheckOut" }), ("items.inHouse", ["InHouseUse"]), ("items.rotation", ["RotationUse"]),
                     ("items.mobile", ["MobileUse"]), ("items.renewals", ["Renewal", "AutomaticRenewal"]), ("items.holds", ["HoldPlaced"]),
                 })
            e.Add(code, data.Events.Where(v => kinds.Contains(v.Kind) && Vietnam(v.OccurredAtUtc).Year == year && In(v.SiteId)), v => v.Count,
                ("level", v => v.SiteLevel), ("site", v => v.SiteId.ToString()), ("category", v => v.ReaderCategory ?? ""),
                ("month", v => Month(Vietnam(v.OccurredAtUtc).Month)));
        e.Values["items.renewals"]["kind"] = data.Events.Where(v => v.Kind is "Renewal" or "AutomaticRenewal" && Vietnam(v.OccurredAtUtc).Year == year && In(v.SiteId))
            .GroupBy(v => v.Kind).ToDictionary(g => g.Key, g => (decimal)g.Sum(v => v.Count));
        e.Sum("items.total", "kind", "items.loans", "items.inHouse", "items.rotation", "items.mobile");

        var added = data.Copies.Where(c => c.AcquiredOn.Year == year && In(c.SiteId)).ToList();
        (string, Func<CatalogCopyRowV1, string>)[] additionKeys =
        [
            ("level", c => c.SiteLevel.ToString()), ("site", c => c.SiteId.ToString()), ("source", c => c.Source.ToString()),
            ("itemType", c => c.ItemType), ("month", c => Month(c.AcquiredOn.Month)),
        ];
        e.Add("additions.copies", added, _ => 1m, additionKeys);
        e.Add("additions.value", added, c => c.Price ?? 0m, additionKeys);
        e.Distinct("additions.titles", added, c => c.RecordId.ToString(), additionKeys);
        var held = data.Copies.Where(c => c.AcquiredOn <= end && c.Status is not (CopyStatus.Lost or CopyStatus.Withdrawn) && In(c.SiteId)).ToList();
        e.Add("collection.copies", held, _ => 1m, ("level", c => c.SiteLevel.ToString()), ("site", c => c.SiteId.ToString()),
            ("ddc", c => c.DdcMainClass ?? ""), ("location", c => c.Location.ToString()));
        e.Distinct("collection.titles", held, c => c.RecordId.ToString(), ("level", c => c.SiteLevel.ToString()), ("site", c => c.SiteId.ToString()));
        if (scope is null)
            e.Add("records.catalogued", data.Records.Where(r => Vietnam(r.CreatedAt.UtcDateTime).Year == year), _ => 1m,
                ("month", r => Month(Vietnam(r.CreatedAt.UtcDateTime).Month)), ("localStudies", r => r.IsLocalStudies ? "true" : "false"));

        // Entered figures add up over the sites in scope; a population inside an entered area's population is not added again.
        var network = data.Network;
        var mine = entered.Where(i => i.Year == year && In(network.Site(i.SiteCode).Id)).ToList();
        bool InsideAnother(EnteredInput i)
        {
            for (var parent = network.Parents[i.SiteCode]; parent is not null; parent = network.Parents[parent])
                if (mine.Any(m => m.Key == i.Key && m.SiteCode == parent)) return true;
            return false;
        }
        foreach (var key in InputKeys)
            e.Add("input." + key, mine.Where(i => i.Key == key && !(key.StartsWith("population.", StringComparison.Ordinal) && InsideAnother(i))),
                i => i.Value, ("site", i => network.Site(i.SiteCode).Id.ToString()));
        var inputs = e.Values.Where(v => v.Key.StartsWith("input.", StringComparison.Ordinal)).ToDictionary(v => v.Key["input.".Length..], v => v.Value["total"][""]);

        e.Iso("iso.registeredUsers", "cards.validAtEnd");
        e.Iso("iso.loans", "items.loans");
        e.Iso("iso.renewals", "items.renewals");
        e.Iso("iso.inHouseUses", "items.inHouse");
        e.Iso("iso.reservations", "items.holds");
        e.Iso("iso.additionsUnits", "additions.copies");
        e.Iso("iso.additionsTitles", "additions.titles");
        e.Iso("iso.collectionUnits", "collection.copies");

        if (inputs.TryGetValue("population.total", out var population) && population > 0)
        {
            e.Ratio("de329.copiesPerInhabitant", e.Total("collection.copies"), population, 1);
            e.Ratio("de329.itemsPerInhabitant", e.Total("items.total"), population, 1);
        }
        if (inputs.TryGetValue("population.pupils", out var pupils) && pupils > 0)
            e.Ratio("de329.pupilsServedPercent", e.Values["cards.validAtEnd"]["category"].Where(c => c.Key is "HOC_SINH" or "SINH_VIEN").Sum(c => c.Value), pupils, 100);
        if (inputs.TryGetValue("population.rural", out var rural) && rural > 0)
            e.Ratio("de329.ruralServedPercent", e.Values["cards.validAtEnd"]["rural"].GetValueOrDefault("true"), rural, 100);
        return e;
    }

    /// <summary>The figures of the OPAC access, rotation and van views, and those that add them in.</summary>
    public void CountOnlineRotationAndVan(GeneratedYears data, int year, IReadOnlySet<Guid>? scope, decimal? population)
    {
        bool In(Guid? site) => scope is null || (site is { } s && scope.Contains(s));
        string Level(Guid? site) => data.Network.Sites.FirstOrDefault(s => s.Id == site)?.Level ?? "";
        foreach (var (kind, code) in new[] { ("Search", "online.searches"), ("RecordView", "online.recordViews") })
            Add(code, data.OpacAccesses.Where(a => a.Kind == kind && Vietnam(a.OccurredAtUtc).Year == year && In(a.SiteId)), _ => 1m,
                ("level", a => Level(a.SiteId)), ("site", a => a.SiteId?.ToString() ?? ""), ("month", a => Month(Vietnam(a.OccurredAtUtc).Month)));
        Sum("online.total", "kind", "online.searches", "online.recordViews");

        var stages = data.RotationStages.Where(s => Vietnam(s.DispatchedAtUtc!.Value).Year == year && In(s.DestinationSiteId)).ToList();
        Add("rotation.copies", stages, s => s.CopiesSent, ("level", s => s.DestinationLevel), ("site", s => s.DestinationSiteId.ToString()),
            ("pointKind", s => s.DestinationPointKind ?? ""), ("month", s => Month(Vietnam(s.DispatchedAtUtc!.Value).Month)));
        Distinct("rotation.batches", stages, s => s.BatchId.ToString(), ("level", s => s.DestinationLevel), ("pointKind", s => s.DestinationPointKind ?? ""),
            ("month", s => Month(Vietnam(s.DispatchedAtUtc!.Value).Month)));
        Distinct("rotation.points", stages, s => s.DestinationSiteId.ToString(), ("level", s => s.DestinationLevel), ("pointKind", s => s.DestinationPointKind ?? ""));
        Distinct("rotation.ruralPoints", stages.Where(s => s.DestinationIsRural), s => s.DestinationSiteId.ToString(), ("level", s => s.DestinationLevel));
        var usage = data.RotationUsage.Where(u => u.PeriodTo.Year == year && In(u.SiteId)).ToList();
        (string, Func<LibraryIls.Circulation.Contracts.RotationUsageRowV1, string>)[] usageKeys =
            [("level", u => u.SiteLevel), ("site", u => u.SiteId.ToString()), ("month", u => Month(u.PeriodTo.Month)), ("rural", u => u.IsRural ? "true" : "false")];
        Add("rotation.readers", usage, u => u.ReadersServed, usageKeys);
        Add("rotation.itemUses", usage, u => u.ItemUses, usageKeys);

        var stops = data.VanStops.Where(s => s.TripDate.Year == year && In(s.VanSiteId)).ToList();
        // The van's figures are the van's: its site and level; the stop gives its area and its place.
        (string, Func<LibraryIls.Circulation.Contracts.MobileVanStopRowV1, string>)[] stopKeys =
            [("level", s => Level(s.VanSiteId)), ("site", s => s.VanSiteId.ToString()), ("month", s => Month(s.TripDate.Month)),
             ("rural", s => s.IsRural ? "true" : "false")];
        (string, Func<LibraryIls.Circulation.Contracts.MobileVanStopRowV1, string>) place = ("stop", s => s.StopSiteId?.ToString() ?? s.StopName);
        Add("van.stops", stops, _ => 1m, [.. stopKeys, place]);
        Add("van.readers", stops, s => s.ReadersServed, stopKeys);
        Add("van.items", stops, s => s.ItemsUsed, [.. stopKeys, place]);
        Distinct("van.trips", stops, s => s.TripId.ToString(), ("site", s => s.VanSiteId.ToString()), ("month", s => Month(s.TripDate.Month)));

        Sum("visits.mobileVan", null, "van.readers");
        Sum("visits.rotationPoints", null, "rotation.readers");
        Sum("visits.online", null, "online.total");
        Values["visits.online"]["rural"] = Total("visits.online") == 0 ? new() : new() { ["online"] = Total("visits.online") };
        Sum("visits.total", "channel", "visits.onSite", "visits.mobileVan", "visits.rotationPoints", "visits.online");
        Sum("iso.visits", "channel", "visits.onSite", "visits.mobileVan");
        Iso("iso.searches", "online.searches");
        Iso("iso.recordViews", "online.recordViews");
        if (population is { } p) Ratio("de329.visitsPerInhabitant", Total("visits.total"), p, 1);
    }

    private void Iso(string target, string source) => Sum(target, null, source);

    private void Ratio(string indicator, decimal numerator, decimal denominator, decimal scale) =>
        Values[indicator] = new() { ["total"] = new() { [""] = Math.Round(numerator * scale / denominator, 4, MidpointRounding.AwayFromZero) } };
}
