using System.Diagnostics;

namespace LibraryIls.Catalog.Marc.Tests;

/// <summary>yaz-marcdump (Debian package yaz) as the reference; a test that calls it is skipped where it is not installed.</summary>
internal static class ReferenceTools
{
    public static byte[] YazMarcDump(params string[] args)
    {
        var start = new ProcessStartInfo(LibraryIls.Tests.ReferenceTool.Require("yaz-marcdump", "yaz"), args)
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
