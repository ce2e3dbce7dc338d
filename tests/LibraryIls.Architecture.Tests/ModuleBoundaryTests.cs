using System.Reflection;

namespace LibraryIls.Architecture.Tests;

/// <summary>
/// Modules talk to each other only through their public <c>.Contracts</c>: a module that reached into
/// another's internals (or its DbContext) would show up here as an assembly reference.
/// </summary>
public sealed class ModuleBoundaryTests
{
    private static readonly string[] NotModules = ["BuildingBlocks", "Host", "Testing"];

    private static IReadOnlyList<Assembly> Ours()
    {
        foreach (var file in Directory.GetFiles(AppContext.BaseDirectory, "LibraryIls.*.dll"))
            Assembly.LoadFrom(file);
        return AppDomain.CurrentDomain.GetAssemblies()
            .Where(a => a.GetName().Name!.StartsWith("LibraryIls.", StringComparison.Ordinal))
            .Where(a => !a.GetName().Name!.EndsWith(".Tests", StringComparison.Ordinal))
            .ToList();
    }

    private static string Module(string assembly) => assembly.Split('.')[1];

    private static bool IsContracts(string assembly) => assembly.EndsWith(".Contracts", StringComparison.Ordinal);

    [Fact]
    public void Given_the_modules_When_their_references_are_read_Then_they_use_other_modules_only_through_contracts()
    {
        var modules = Ours().Where(a => !NotModules.Contains(Module(a.GetName().Name!))).ToList();
        modules.Select(a => a.GetName().Name).ShouldContain("LibraryIls.Organization");
        var violations = new List<string>();
        foreach (var assembly in modules)
        {
            var name = assembly.GetName().Name!;
            foreach (var reference in assembly.GetReferencedAssemblies().Select(r => r.Name!).Where(r => r.StartsWith("LibraryIls.", StringComparison.Ordinal)))
            {
                var allowed = IsContracts(name)
                    ? IsContracts(reference)
                    : reference == "LibraryIls.BuildingBlocks" || IsContracts(reference)
                      || reference.StartsWith(name + ".", StringComparison.Ordinal); // its own library, e.g. Catalog → Catalog.Marc
                if (!allowed) violations.Add($"{name} → {reference}");
            }
        }
        violations.ShouldBeEmpty();
    }

    [Fact]
    public void Given_the_contracts_When_their_types_are_read_Then_no_DbContext_or_entity_framework_leaks_out()
    {
        var contracts = Ours().Where(a => IsContracts(a.GetName().Name!)).ToList();
        contracts.ShouldNotBeEmpty();
        foreach (var assembly in contracts)
            assembly.GetReferencedAssemblies().Select(r => r.Name).ShouldNotContain("Microsoft.EntityFrameworkCore", assembly.GetName().Name);
    }

    [Fact]
    public void Given_the_modules_When_their_public_types_are_listed_Then_only_entry_points_requests_and_responses_are_public()
    {
        var leaks = Ours().Where(a => !NotModules.Contains(Module(a.GetName().Name!)) && !IsContracts(a.GetName().Name!)
                                      && !a.GetName().Name!.EndsWith(".Marc", StringComparison.Ordinal))
            .SelectMany(a => a.GetExportedTypes())
            .Where(t => typeof(Microsoft.EntityFrameworkCore.DbContext).IsAssignableFrom(t))
            .Select(t => t.FullName)
            .ToList();
        leaks.ShouldBeEmpty("a module's DbContext must stay internal to it");
    }
}
