namespace LibraryIls.BuildingBlocks.Demo;

/// <summary>
/// A module's part of <c>seed-demo</c>. Seeders run in <see cref="Order"/> (sites before catalogue before
/// loans) and must be safe to run twice: they add what is missing and leave the rest.
/// </summary>
public interface IDemoDataSeeder
{
    int Order { get; }

    Task SeedAsync(TextWriter report, CancellationToken ct);
}
