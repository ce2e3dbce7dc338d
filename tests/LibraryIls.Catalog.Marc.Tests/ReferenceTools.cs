using System.Diagnostics;

namespace LibraryIls.Catalog.Marc.Tests;

/// <summary>
/// yaz-marcdump (Debian package yaz) as the reference. Tests that need it run when it is on PATH
/// and fail, rather than pass quietly, when LIBRARYILS_REQUIRE_REFERENCE_TOOLS=1 and it is missing.
/// </summary>
internal static class ReferenceTools
{
    public static bool YazAvailable()
    {
        var found = (Environment.GetEnvironmentVariable("PATH") ?? "")
            .Split(Path.PathSeparator)
            .Any(dir => File.Exists(Path.Combine(dir, "yaz-marcdump")));
        if (!found && Environment.GetEnvironmentVariable("LIBRARYILS_REQUIRE_REFERENCE_TOOLS") == "1")
        {
            Assert.Fail("yaz-marcdump is required (LIBRARYILS_REQUIRE_REFERENCE_TOOLS=1) but not on PATH: apt-get install yaz");
        }

        return found;
    }

    public static byte[] YazMarcDump(params string[] args)
    {
        var start = new ProcessStartInfo("yaz-marcdump", args)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        using var process = Process.Start(start)!;
        using var output = new MemoryStream();
        var errors = process.StandardError.ReadToEndAsync();
        process.StandardOutput.BaseStream.CopyTo(output);
        process.WaitForExit();
        _ = errors.Result;
        return output.ToArray();
    }
}
