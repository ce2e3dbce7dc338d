using FluentValidation;
using LibraryIls.BuildingBlocks.Data;
using LibraryIls.BuildingBlocks.Demo;
using LibraryIls.BuildingBlocks.Security;
using LibraryIls.Organization.Contracts;
using LibraryIls.Organization.Data;
using LibraryIls.Organization.Demo;
using LibraryIls.Organization.SignIn;
using LibraryIls.Organization.Sites;
using LibraryIls.Organization.Staff;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace LibraryIls.Organization;

/// <summary>Sites of the library network, staff accounts and sign-in.</summary>
public static class OrganizationModule
{
    public static IServiceCollection AddOrganization(this IServiceCollection services)
    {
        services.AddModuleDbContext<OrganizationDbContext, SqliteOrganizationDbContext,
            SqlServerOrganizationDbContext, PostgresOrganizationDbContext>(OrganizationDbContext.SchemaName);
        services.AddSingleton<SiteDirectory>();
        services.AddSingleton<ISiteDirectory>(sp => sp.GetRequiredService<SiteDirectory>());
        services.AddSingleton<IStaffSiteScope, StaffSiteScope>();
        services.AddSingleton<IPasswordHasher<StaffAccount>, PasswordHasher<StaffAccount>>();
        services.AddScoped<SiteChanges>();
        services.AddScoped<StaffRegistry>();
        services.AddScoped<IDemoDataSeeder, OrganizationDemoSeeder>();
        services.AddScoped<IValidator<SiteRequest>, SiteRequestValidator>();
        services.AddScoped<IValidator<StaffRequest>, StaffRequestValidator>();
        return services;
    }

    public static IEndpointRouteBuilder MapOrganization(this IEndpointRouteBuilder app)
    {
        app.MapSignIn();
        var organization = app.MapGroup("/api/organization").RequireAuthorization();
        organization.MapSites();
        organization.MapStaff();
        return app;
    }

    /// <summary>The first administrator, created from the command line (there is no built-in password).</summary>
    public static async Task<string> CreateAdminAsync(IServiceProvider services, string userName, string fullName,
        string password, CancellationToken ct)
    {
        var request = new StaffRequest(userName, fullName, password, [Roles.Admin], []);
        var result = await new StaffRequestValidator().ValidateAsync(request, ct);
        if (!result.IsValid) throw new ValidationException(result.Errors);
        var created = await services.GetRequiredService<StaffRegistry>().Create(request, ct);
        return created.UserName;
    }
}
