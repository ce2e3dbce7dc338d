namespace LibraryIls.Reporting.Annual;

/// <summary>The breakdowns a figure can have (keys in the JSON report and the exports).</summary>
internal static class Dimensions
{
    public const string Level = "level";
    public const string Site = "site";
    public const string Category = "category";
    public const string Month = "month";
    public const string Channel = "channel";
    public const string Kind = "kind";
    public const string Source = "source";
    public const string ItemType = "itemType";
    public const string Ddc = "ddc";
    public const string Location = "location";
    public const string PointKind = "pointKind";
    public const string Rural = "rural";
    public const string LocalStudies = "localStudies";
    /// <summary>Where the van stopped: a site's id, or the name of a place that is no site.</summary>
    public const string Stop = "stop";
    /// <summary>The key of <see cref="Rural"/> for online visits, which belong to no area.</summary>
    public const string Online = "online";

    public static string MonthKey(int bucket) => bucket.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
