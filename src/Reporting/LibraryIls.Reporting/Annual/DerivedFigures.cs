namespace LibraryIls.Reporting.Annual;

/// <summary>
/// Totals, the ISO 2789 figures and the Đề án 329 ratios, built from figures already counted: each event
/// feeds one source figure, and these only re-add or divide them, so nothing is counted twice.
/// </summary>
internal static class DerivedFigures
{
    public static void Apply(Tally t, IReadOnlySet<string> pupilCategories)
    {
        t.Combine(Indicators.OnlineAccesses, Dimensions.Kind, Indicators.OpacSearches, Indicators.OpacRecordViews);
        t.Combine(Indicators.VanVisits, null, Indicators.VanReaders);
        t.Combine(Indicators.RotationVisits, null, Indicators.RotationReaders);
        t.Combine(Indicators.OnlineVisits, null, Indicators.OnlineAccesses);
        // An online visit belongs to no area: a row of its own among the rural and urban visits.
        if (t.Has(Indicators.OnlineVisits))
        {
            t.Touch(Indicators.OnlineVisits, Dimensions.Rural);
            if (t.Get(Indicators.OnlineVisits) != 0) t.Add(Indicators.OnlineVisits, Dimensions.Rural, Dimensions.Online, t.Get(Indicators.OnlineVisits));
        }
        t.Combine(Indicators.Visits, Dimensions.Channel, Indicators.OnSiteVisits, Indicators.VanVisits, Indicators.RotationVisits, Indicators.OnlineVisits);
        t.Combine(Indicators.ItemsServed, Dimensions.Kind, Indicators.Loans, Indicators.InHouseUses, Indicators.RotationUses, Indicators.MobileUses);

        t.Combine(Indicators.IsoRegisteredUsers, null, Indicators.CardsValidAtEnd);
        t.Combine(Indicators.IsoVisits, Dimensions.Channel, Indicators.OnSiteVisits, Indicators.VanVisits);
        t.Combine(Indicators.IsoLoans, null, Indicators.Loans);
        t.Combine(Indicators.IsoRenewals, null, Indicators.Renewals);
        t.Combine(Indicators.IsoInHouseUses, null, Indicators.InHouseUses);
        t.Combine(Indicators.IsoReservations, null, Indicators.Holds);
        t.Combine(Indicators.IsoSearches, null, Indicators.OpacSearches);
        t.Combine(Indicators.IsoRecordViews, null, Indicators.OpacRecordViews);
        t.Combine(Indicators.IsoAdditionsUnits, null, Indicators.AddedCopies);
        t.Combine(Indicators.IsoAdditionsTitles, null, Indicators.AddedTitles);
        t.Combine(Indicators.IsoCollectionUnits, null, Indicators.CollectionCopies);

        var population = "input.population.total";
        Ratio(t, Indicators.CopiesPerInhabitant, t.Has(Indicators.CollectionCopies) ? t.Get(Indicators.CollectionCopies) : null, population, 1);
        Ratio(t, Indicators.ItemsPerInhabitant, t.Has(Indicators.ItemsServed) ? t.Get(Indicators.ItemsServed) : null, population, 1);
        Ratio(t, Indicators.VisitsPerInhabitant, t.Has(Indicators.Visits) ? t.Get(Indicators.Visits) : null, population, 1);
        var pupils = t.Has(Indicators.CardsValidAtEnd)
            ? t.Breakdown(Indicators.CardsValidAtEnd, Dimensions.Category).Where(c => pupilCategories.Contains(c.Key)).Sum(c => c.Value)
            : (decimal?)null;
        Ratio(t, Indicators.PupilsServedShare, pupils, "input.population.pupils", 100);
        var rural = t.Has(Indicators.CardsValidAtEnd) ? t.Get(Indicators.CardsValidAtEnd, Dimensions.Rural, "true") : (decimal?)null;
        Ratio(t, Indicators.RuralServedShare, rural, "input.population.rural", 100);
    }

    private static void Ratio(Tally t, string indicator, decimal? numerator, string denominator, decimal scale)
    {
        var population = t.Get(denominator);
        if (numerator is null || population <= 0) return;
        t.Add(indicator, Tally.Total, "", Math.Round(numerator.Value * scale / population, 4, MidpointRounding.AwayFromZero));
    }
}
