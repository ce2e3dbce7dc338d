using LibraryIls.BuildingBlocks.Errors;
using LibraryIls.BuildingBlocks.Localization;

namespace LibraryIls.Patrons.OnlineSignIn;

/// <summary>
/// The PIN a reader signs in with online (card number + PIN), set at the desk. Only its hash is kept; after
/// <see cref="MaxFailures"/> wrong tries in a row sign-in is refused for <see cref="LockFor"/>.
/// </summary>
internal sealed class ReaderPin
{
    public const int MaxFailures = 5;
    public static readonly TimeSpan LockFor = TimeSpan.FromMinutes(15);

    private ReaderPin() { }

    public Guid ReaderId { get; private set; }
    public string Hash { get; private set; } = "";
    public int Failures { get; private set; }
    public DateTime? LockedUntilUtc { get; private set; }
    public DateTime SetAtUtc { get; private set; }

    public static ReaderPin For(Guid readerId) => new() { ReaderId = readerId };

    public void Set(string hash, DateTime nowUtc)
    {
        Hash = hash;
        Failures = 0;
        LockedUntilUtc = null;
        SetAtUtc = nowUtc;
    }

    public bool IsLocked(DateTime nowUtc) => LockedUntilUtc is { } until && nowUtc < until;

    public void Failed(DateTime nowUtc)
    {
        Failures++;
        if (Failures >= MaxFailures)
        {
            LockedUntilUtc = nowUtc + LockFor;
            Failures = 0;
        }
    }

    public void Succeeded()
    {
        Failures = 0;
        LockedUntilUtc = null;
    }

    /// <summary>Six to twelve digits: typed on a phone keypad, long enough not to be guessed in five tries.</summary>
    public static void EnsureAcceptable(string pin)
    {
        if (pin.Length is < 6 or > 12 || !pin.All(char.IsAsciiDigit))
            throw new RuleViolationException("PIN_NOT_ACCEPTABLE", new Bilingual(
                "Mã PIN phải gồm từ 6 đến 12 chữ số.", "The PIN must be 6 to 12 digits."));
        if (pin.Distinct().Count() == 1 || "0123456789012".Contains(pin) || "9876543210987".Contains(pin))
            throw new RuleViolationException("PIN_TOO_SIMPLE", new Bilingual(
                "Mã PIN quá dễ đoán (các chữ số giống nhau hoặc liên tiếp).", "The PIN is too easy to guess (repeated or consecutive digits)."));
    }
}
