using System.Security.Cryptography;
using LibraryIls.BuildingBlocks.Errors;
using LibraryIls.BuildingBlocks.Localization;
using LibraryIls.Patrons.Readers;

namespace LibraryIls.Patrons.Registrations;

/// <summary>
/// An online application for a card (đăng ký thẻ trực tuyến). It waits for a desk member at the chosen site,
/// who approves it (reader created, card issued, collected at the desk) or rejects it with a reason.
/// </summary>
internal sealed class Registration
{
    // No 0/O/1/I: applicants read the code aloud at the desk.
    private const string CodeAlphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    private Registration() { }

    public Guid Id { get; private set; }
    public string ReferenceCode { get; private set; } = "";
    public RegistrationStatus Status { get; private set; }
    public string FullName { get; private set; } = "";
    public DateOnly? DateOfBirth { get; private set; }
    public Gender? Gender { get; private set; }
    public string? CitizenId { get; private set; }
    public string? Phone { get; private set; }
    public string? Email { get; private set; }
    public string? Address { get; private set; }
    public string? Commune { get; private set; }
    public string? District { get; private set; }
    public bool LivesInRuralArea { get; private set; }
    public string? SchoolOrWorkplace { get; private set; }
    public string CategoryCode { get; private set; } = "";
    public Guid SiteId { get; private set; }
    public DateTime SubmittedAtUtc { get; private set; }
    public DateTime? DecidedAtUtc { get; private set; }
    public string? DecidedBy { get; private set; }
    public string? RejectionReason { get; private set; }
    public Guid? ReaderId { get; private set; }
    public string? CardNumber { get; private set; }

    public static Registration Submit(ReaderData data, string categoryCode, Guid siteId, DateTime nowUtc)
    {
        var clean = data.Cleaned();
        return new Registration
        {
            Id = Guid.CreateVersion7(), ReferenceCode = RandomNumberGenerator.GetString(CodeAlphabet, 10),
            Status = RegistrationStatus.Pending, FullName = clean.FullName, DateOfBirth = clean.DateOfBirth,
            Gender = clean.Gender, CitizenId = clean.CitizenId, Phone = clean.Phone, Email = clean.Email,
            Address = clean.Address, Commune = clean.Commune, District = clean.District,
            LivesInRuralArea = clean.LivesInRuralArea, SchoolOrWorkplace = clean.SchoolOrWorkplace,
            CategoryCode = categoryCode, SiteId = siteId, SubmittedAtUtc = nowUtc,
        };
    }

    public ReaderData ToReaderData() => new(FullName, DateOfBirth ?? default, Gender ?? Readers.Gender.Other, CitizenId,
        Phone, Email, Address, Commune, District, LivesInRuralArea, SchoolOrWorkplace, null);

    public void Approve(Guid readerId, string cardNumber, string staff, DateTime nowUtc)
    {
        EnsurePending();
        (Status, ReaderId, CardNumber, DecidedBy, DecidedAtUtc) = (RegistrationStatus.Approved, readerId, cardNumber, staff, nowUtc);
    }

    public void Reject(string reason, string staff, DateTime nowUtc)
    {
        EnsurePending();
        (Status, RejectionReason, DecidedBy, DecidedAtUtc) = (RegistrationStatus.Rejected, reason.Trim().Normalize(), staff, nowUtc);
    }

    /// <summary>Once decided, the application's personal data is no longer needed: it lives on in the reader, or not at all.</summary>
    public void ForgetPersonalData()
    {
        FullName = "";
        DateOfBirth = null;
        Gender = null;
        CitizenId = Phone = Email = Address = Commune = District = SchoolOrWorkplace = null;
    }

    private void EnsurePending()
    {
        if (Status != RegistrationStatus.Pending)
            throw new RuleViolationException("REGISTRATION_ALREADY_DECIDED", new Bilingual(
                $"Đơn đăng ký {ReferenceCode} đã được xử lý.", $"Application {ReferenceCode} was already decided."));
    }
}

public enum RegistrationStatus
{
    Pending = 1,
    Approved = 2,
    Rejected = 3,
}
