using System.Text;

namespace LibraryIls.Catalog.Marc.Tests;

/// <summary>Runs the marc command in process and captures what it printed.</summary>
internal sealed record CliResult(int ExitCode, byte[] Stdout, string Stderr)
{
    public string Output => Encoding.UTF8.GetString(Stdout);

    public static CliResult Run(byte[]? stdin, params string[] args)
    {
        using var input = new MemoryStream(stdin ?? []);
        using var output = new MemoryStream();
        using var error = new StringWriter();
        var exit = MarcCommandLine.Run(args, input, output, error);
        return new CliResult(exit, output.ToArray(), error.ToString());
    }
}
