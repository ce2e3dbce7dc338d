using LibraryIls.Catalog.Marc;

namespace LibraryIls.Host.Cli.Marc;

/// <summary>The <c>marc</c> verbs live in the codec library; the Host only hands over the console.</summary>
internal static class MarcCommand
{
    public static int Run(string[] args)
    {
        using var stdin = Console.OpenStandardInput();
        using var stdout = Console.OpenStandardOutput();
        return MarcCommandLine.Run(args, stdin, stdout, Console.Error);
    }
}
