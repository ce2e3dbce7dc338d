using System.Diagnostics;

namespace LibraryIls.Tests;

/// <summary>
/// The reference programs some tests compare with (yaz-marcdump, zbarimg, Perl modules), from Debian packages. A test
/// that needs one and does not find it is reported as skipped with the package to install, never as passed; CI installs
/// them all and fails on any skipped test.
/// </summary>
internal static class ReferenceTool
{
    /// <summary>The program's full path on PATH; skips the calling test when it is not installed.</summary>
    public static string Require(string program, string debianPackage)
    {
        var found = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => Path.Combine(dir, program)).FirstOrDefault(File.Exists);
        return found ?? throw Skip($"{program} is not installed (apt-get install {debianPackage})");
    }

    /// <summary>Skips the calling test when Perl cannot load the module.</summary>
    public static void RequirePerlModule(string module, string debianPackage)
    {
        var perl = Require("perl", "perl");
        using var check = Process.Start(new ProcessStartInfo(perl, [$"-M{module}", "-e1"]) { RedirectStandardError = true })!;
        check.StandardError.ReadToEnd();
        check.WaitForExit();
        if (check.ExitCode != 0) throw Skip($"Perl {module} is not installed (apt-get install {debianPackage})");
    }

    private static Exception Skip(string reason)
    {
        Assert.Skip(reason + "; .ci/run installs it and fails on skipped tests");
        return new UnreachableException();
    }
}
