using LibraryIls.Catalog.Contracts;

namespace LibraryIls.Catalog.Imports;

/// <summary>
/// Where a legacy system keeps its copies in the MARC record: the tag and which subfield holds the
/// registration number, site, stock, item type, call number, price and acquisition date, plus how its
/// site codes and stock names translate to ours. Configured under Catalog:Imports:CopyMappings:NAME.
/// </summary>
public sealed class CopyMapping
{
    public string Tag { get; set; } = "952";
    public char RegistrationNumber { get; set; } = 'p';
    public char? Site { get; set; } = 'a';
    public char? Location { get; set; } = 'c';
    public char? ItemType { get; set; } = 'y';
    public char? CallNumber { get; set; } = 'o';
    public char? CallNumberItemPart { get; set; }
    public char? Price { get; set; } = 'g';
    public char? AcquiredOn { get; set; } = 'd';

    /// <summary>Legacy site code → our site code; a code not listed is tried as it is.</summary>
    public Dictionary<string, string> Sites { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Legacy stock name or code → our stock; names not listed are recognised by their words (kho đọc, thiếu nhi, địa chí …).</summary>
    public Dictionary<string, CopyLocation> Locations { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Koha's 952 and MARC holdings 852 are standard. The legacy systems' defaults below are where their
    /// exports we have seen put copies; check them against a real export and override in configuration.
    /// </summary>
    public static Dictionary<string, CopyMapping> Defaults() => new(StringComparer.OrdinalIgnoreCase)
    {
        ["koha952"] = new(),
        ["holdings852"] = new()
        {
            Tag = "852", RegistrationNumber = 'p', Site = 'a', Location = 'b', ItemType = null, CallNumber = 'h',
            CallNumberItemPart = 'i', Price = null, AcquiredOn = null,
        },
        ["EMICLIB"] = new()
        {
            Tag = "852", RegistrationNumber = 'j', Site = 'a', Location = 'b', ItemType = null, CallNumber = 'h',
            CallNumberItemPart = 'i', Price = null, AcquiredOn = null,
        },
        ["VEBRARY"] = new()
        {
            Tag = "949", RegistrationNumber = 'a', Site = 'b', Location = 'c', ItemType = 'd', CallNumber = 'e', Price = 'f', AcquiredOn = 'g',
        },
        ["ILIB"] = new()
        {
            Tag = "997", RegistrationNumber = 'a', Site = 'b', Location = 'c', ItemType = 'k', CallNumber = 'd', Price = 'p', AcquiredOn = null,
        },
    };
}
