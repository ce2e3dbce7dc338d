namespace LibraryIls.Patrons.Categories;

/// <summary>
/// A reader category (đối tượng bạn đọc): how long its cards are valid, what they cost (usually nothing:
/// the service is free) and the circulation profile Circulation's rules refer to.
/// </summary>
internal sealed class ReaderCategory
{
    private ReaderCategory() { }

    public Guid Id { get; private set; }
    public string Code { get; private set; } = "";
    public string NameVi { get; private set; } = "";
    public string NameEn { get; private set; } = "";
    public int ValidityMonths { get; private set; }
    public decimal Fee { get; private set; }
    public string CirculationProfile { get; private set; } = "";

    public static ReaderCategory Create(string code, string nameVi, string nameEn, int validityMonths, decimal fee,
        string circulationProfile)
    {
        var category = new ReaderCategory { Id = Guid.CreateVersion7(), Code = code.Trim().ToUpperInvariant() };
        category.Change(nameVi, nameEn, validityMonths, fee, circulationProfile);
        return category;
    }

    public void Change(string nameVi, string nameEn, int validityMonths, decimal fee, string circulationProfile)
    {
        NameVi = nameVi.Trim().Normalize();
        NameEn = nameEn.Trim().Normalize();
        ValidityMonths = validityMonths;
        Fee = fee;
        CirculationProfile = circulationProfile.Trim().ToUpperInvariant();
    }

    public DateOnly ValidUntil(DateOnly from) => from.AddMonths(ValidityMonths);
}
