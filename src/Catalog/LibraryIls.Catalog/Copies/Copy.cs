using LibraryIls.BuildingBlocks.Data;
using LibraryIls.BuildingBlocks.Errors;
using LibraryIls.BuildingBlocks.Localization;
using LibraryIls.Catalog.Contracts;
using LibraryIls.Catalog.Classification;
using LibraryIls.Organization.Contracts;

namespace LibraryIls.Catalog.Copies;

/// <summary>
/// A physical copy (bản sách) of a record. The site's level is copied in when the copy is placed,
/// because the published copies view cannot join Organization's tables.
/// </summary>
internal sealed class Copy
{
    private Copy() { }

    public Guid Id { get; private set; }
    public Guid RecordId { get; private set; }
    public string RegistrationNumber { get; private set; } = "";
    public Guid SiteId { get; private set; }
    public SiteLevel SiteLevel { get; private set; }
    public CopyLocation Location { get; private set; }
    public string ItemType { get; private set; } = "";
    public string CallNumber { get; private set; } = "";

    /// <summary>The call number in shelf order (<see cref="Classification.CallNumber.SortKey"/>), so the database sorts shelf lists.</summary>
    public string ShelfKey { get; private set; } = "";

    public decimal? Price { get; private set; }
    public DateOnly AcquiredOn { get; private set; }
    public AcquisitionSource Source { get; private set; }
    public CopyStatus Status { get; private set; }
    public int Version { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }

    public static Copy Create(Guid recordId, string registrationNumber, SiteInfo site, CopyDetails details, DateTimeOffset now)
    {
        var copy = new Copy
        {
            Id = TimeOrderedIds.Next(),
            RecordId = recordId,
            RegistrationNumber = Copies.RegistrationNumber.Normalize(registrationNumber),
            CreatedAt = now,
            Status = CopyStatus.Available,
        };
        copy.Change(site, details);
        return copy;
    }

    public void Change(SiteInfo site, CopyDetails details)
    {
        if (details.Price is < 0)
            throw new RuleViolationException("COPY_PRICE_NEGATIVE", new Bilingual("Giá tiền không được âm.", "The price cannot be negative."));
        SiteId = site.Id;
        SiteLevel = site.Level;
        Location = details.Location;
        ItemType = details.ItemType.Trim().ToUpperInvariant();
        CallNumber = Classification.CallNumber.Parse(details.CallNumber.Normalize()).ToString();
        ShelfKey = Classification.CallNumber.Parse(CallNumber).SortKey();
        Price = details.Price;
        AcquiredOn = details.AcquiredOn;
        Source = details.Source;
        Version++;
    }

    /// <summary>
    /// What a cataloguer may record: lost, damaged, withdrawn (thanh lý) or back on the shelf. Loans, transfers
    /// and rotation set the other statuses through circulation, and only circulation may end them.
    /// </summary>
    public void RecordCondition(CopyStatus status)
    {
        if (status == Status) return;
        if (status is CopyStatus.OnLoan or CopyStatus.InTransit or CopyStatus.InRotation
            || Status is CopyStatus.OnLoan or CopyStatus.InTransit or CopyStatus.InRotation)
            throw new RuleViolationException("COPY_STATUS_BELONGS_TO_CIRCULATION", new Bilingual(
                "Trạng thái mượn, vận chuyển và luân chuyển do nghiệp vụ lưu thông ghi nhận, không sửa ở biên mục.",
                "On-loan, in-transit and in-rotation are set by circulation, not by cataloguing."));
        Status = status;
    }

    public void ChangeStatus(CopyStatus status)
    {
        Status = status;
        Version++;
    }

    public void MoveTo(SiteInfo site, CopyLocation location)
    {
        SiteId = site.Id;
        SiteLevel = site.Level;
        Location = location;
        Version++;
    }
}

/// <summary>What a cataloguer sets on a copy besides its number and site.</summary>
internal sealed record CopyDetails(
    CopyLocation Location, string ItemType, string CallNumber, decimal? Price, DateOnly AcquiredOn, AcquisitionSource Source);
