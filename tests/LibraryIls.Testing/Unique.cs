namespace LibraryIls.Testing;

/// <summary>Codes no other test uses, so tests can share one database.</summary>
public static class Unique
{
    public static string Code(string prefix) => $"{prefix}-{Guid.NewGuid().ToString("N")[..8]}".ToUpperInvariant();
}
