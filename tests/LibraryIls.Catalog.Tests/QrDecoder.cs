using System.Diagnostics;

namespace LibraryIls.Catalog.Tests;

/// <summary>
/// Reads a QR code back with zbarimg (Debian zbar-tools): no QR decoder restores from NuGet here. Without the tool
/// the calling test is reported as skipped (after the checks before the decoding have run).
/// </summary>
internal static class QrDecoder
{
    public static async Task<string> DecodeAsync(byte[] png)
    {
        var tool = LibraryIls.Tests.ReferenceTool.Require("zbarimg", "zbar-tools");
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
