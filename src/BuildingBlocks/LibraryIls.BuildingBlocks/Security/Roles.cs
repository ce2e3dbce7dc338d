namespace LibraryIls.BuildingBlocks.Security;

/// <summary>Staff roles. A role says what one may do; the bound sites say where.</summary>
public static class Roles
{
    public const string Admin = "Admin";
    public const string Cataloguer = "Cataloguer";
    public const string DeskStaff = "DeskStaff";
    public const string Manager = "Manager";

    public static readonly IReadOnlyList<string> All = [Admin, Cataloguer, DeskStaff, Manager];
}
