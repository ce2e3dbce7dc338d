using System.Security.Claims;
using LibraryIls.Patrons.Data;

namespace LibraryIls.Patrons.Privacy;

/// <summary>Adds an audit row to the unit of work; it is saved with the change it describes.</summary>
internal sealed class AuditTrail(PatronsDbContext db, TimeProvider clock)
{
    public const string Read = "Read";
    public const string Created = "Created";
    public const string Changed = "Changed";
    public const string CardIssued = "CardIssued";
    public const string CardRenewed = "CardRenewed";
    public const string CardReplaced = "CardReplaced";
    public const string CardBlocked = "CardBlocked";
    public const string CardUnblocked = "CardUnblocked";
    public const string Exported = "Exported";
    public const string Erased = "Erased";
    public const string Imported = "Imported";
    public const string PinSet = "PinSet";

    public void Record(Guid readerId, ClaimsPrincipal user, string action, string? detail = null) =>
        db.Audit.Add(AuditEntry.Of(readerId, action, user.Actor(), user.StaffId(), detail, clock.GetUtcNow().UtcDateTime));
}
