using System.Diagnostics;

namespace LibraryIls.Catalog.Tests;

/// <summary>
/// Reads a QR code back with zbarimg (Debian zbar-tools): no QR decoder restores from NuGet here.
/// Without the tool the check cannot run; CI sets LIBRARYILS_REQUIRE_REFERENCE_TOOLS=1 so that a
/// missing tool fails the run instead of quietly passing.
/// </summary>
internal static class QrDecoder
{
    public static async Task<string?> DecodeAsync(byte[] png)
    {
        var tool = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator)
            .Select(dir => Path.Combine(dir, "zbarimg")).FirstOrDefault(File.Exists);
        if (tool is null)
        {
            if (Environment.GetEnvironmentVariable("LIBRARYILS_REQUIRE_REFERENCE_TOOLS") == "1")
                throw new InvalidOperationException("zbarimg (Debian package zbar-tools) is required to decode QR codes but is not on PATH.");
            return null;
        }
        var file = Path.Combine(Path.GetTempPath(), $"qr-{Guid.NewGuid():N}.png");
        await File.WriteAllBytesAsync(file, png);
        try
        {
            using var process = Process.Start(new ProcessStartInfo(tool, ["--quiet", "--raw", file])
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            })!;
            var output = await process.StandardOutput.ReadToEndAsync();
            await process.WaitForExitAsync();
            process.ExitCode.ShouldBe(0, await process.StandardError.ReadToEndAsync());
            return output.TrimEnd('\n', '\r');
        }
        finally
        {
            File.Delete(file);
        }
    }
}
