using LibraryIls.BuildingBlocks.Errors;
using LibraryIls.BuildingBlocks.Security;
using LibraryIls.Organization.Staff;

namespace LibraryIls.Organization.Tests;

public sealed class StaffAccountTests
{
    [Fact]
    public void Given_a_desk_role_When_bound_to_no_site_Then_refused()
    {
        Should.Throw<RuleViolationException>(() => StaffAccount.Create("a", "A", [Roles.DeskStaff], []))
            .Code.ShouldBe("STAFF_NEEDS_A_SITE");
    }

    [Fact]
    public void Given_an_admin_When_bound_to_no_site_Then_accepted_and_user_name_is_folded()
    {
        var account = StaffAccount.Create("  Quan.Tri ", "Quản trị", [Roles.Admin], []);
        account.UserName.ShouldBe("quan.tri");
        account.Roles.ShouldBe([Roles.Admin]);
    }

    [Fact]
    public void Given_an_unknown_role_When_assigned_Then_refused()
    {
        Should.Throw<RuleViolationException>(() => StaffAccount.Create("a", "A", ["Librarian"], [Guid.NewGuid()]))
            .Code.ShouldBe("UNKNOWN_ROLE");
    }
}
