using LibraryIls.Catalog.Classification;

namespace LibraryIls.Catalog;

/// <summary>Configuration section "Catalog".</summary>
internal sealed class CatalogOptions
{
    /// <summary>Where the OPAC runs; QR codes point at {OpacBaseUrl}/opac/records/{id}.</summary>
    public string OpacBaseUrl { get; set; } = "http://127.0.0.1:5080";

    /// <summary>The library's licensed DDC23 schedule: CSV (number,caption) or MARC21 Classification records (.mrc/.xml).</summary>
    public string? DdcCaptionsFile { get; set; }

    public AuthorMarkRule AuthorMark { get; set; } = new();

    public string OpacLink(Guid recordId) => $"{OpacBaseUrl.TrimEnd('/')}/opac/records/{recordId}";
}
