namespace LibraryIls.BuildingBlocks.Security;

/// <summary>Claims carried in a staff member's bearer token.</summary>
public static class StaffClaims
{
    /// <summary>One claim per site the account is bound to (the site's id).</summary>
    public const string Site = "libraryils:site";

    public const string StaffId = "libraryils:staff";
}

/// <summary>Claims carried in a reader's bearer token (online sign-in).</summary>
public static class ReaderClaims
{
    public const string ReaderId = "libraryils:reader";
}
