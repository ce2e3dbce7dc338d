using LibraryIls.BuildingBlocks.Data;

namespace LibraryIls.Host.Data;

/// <summary>
/// Where an installation keeps its SQLite file, its keys and uploaded files, in the order the platform's conventions
/// give: what the configuration says (Database:DataFolder, relative to the content root); the folder a service manager
/// made for it (systemd's StateDirectory= sets STATE_DIRECTORY); App_Data under a content root that is not the
/// program's own folder (<c>dotnet run</c> in the project folder, or the working directory a service sets); otherwise
/// the user's local application data. An installed copy therefore never starts a database beside its binaries, where an
/// upgrade would replace the folder or the service may not write; one that already has its database there (as earlier
/// versions put it) keeps using it, and the reason says to move it.
/// </summary>
internal static class DataFolderChoice
{
    public sealed record Choice(string Folder, string Reason);

    public static Choice Resolve(IConfiguration configuration, string contentRoot, string programFolder,
        Func<string, string?> environment)
    {
        var configured = configuration[$"{DatabaseOptions.Section}:{nameof(DatabaseOptions.DataFolder)}"];
        if (!string.IsNullOrWhiteSpace(configured))
            return new(Path.GetFullPath(Path.Combine(contentRoot, configured)), "Database:DataFolder");
        // systemd lists one folder per StateDirectory= entry, separated by colons.
        var state = environment("STATE_DIRECTORY")?.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries).FirstOrDefault();
        if (state is not null) return new(Path.GetFullPath(state), "STATE_DIRECTORY");
        if (!SameFolder(contentRoot, programFolder))
            return new(Path.Combine(Path.GetFullPath(contentRoot), "App_Data"), "App_Data under the content root");
        var beside = Path.Combine(Path.GetFullPath(programFolder), "App_Data");
        if (File.Exists(Path.Combine(beside, "libraryils.db")))
            return new(beside, "an existing database beside the program: move it and set Database:DataFolder");
        var local = Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.DoNotVerify);
        if (string.IsNullOrEmpty(local))
            throw new InvalidOperationException("No data folder can be chosen: set Database:DataFolder (environment Database__DataFolder).");
        return new(Path.Combine(local, "LibraryIls"), "the user's local application data");
    }

    private static bool SameFolder(string a, string b) =>
        string.Equals(Path.TrimEndingDirectorySeparator(Path.GetFullPath(a)), Path.TrimEndingDirectorySeparator(Path.GetFullPath(b)),
            OperatingSystem.IsWindows() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal);
}
