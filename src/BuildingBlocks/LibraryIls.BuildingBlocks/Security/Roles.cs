namespace LibraryIls.BuildingBlocks.Security;

/// <summary>Staff roles. A role says what one may do; the bound sites say where.</summary>
public static class Roles
{
    public const string Admin = "Admin";
    public const string Cataloguer = "Cataloguer";
    public const string DeskStaff = "DeskStaff";
    public const string Manager = "Manager";

    /// <summary>The staff roles; every staff endpoint needs one of them.</summary>
    public static readonly IReadOnlyList<string> All = [Admin, Cataloguer, DeskStaff, Manager];

    /// <summary>A reader signed in online with card number and PIN: never a staff role, only the reader's own endpoints.</summary>
    public const string Reader = "Reader";
}
