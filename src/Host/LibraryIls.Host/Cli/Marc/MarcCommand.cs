namespace LibraryIls.Host.Cli.Marc;

/// <summary>The <c>marc</c> verbs live in the codec library; the Host only hands over the console.</summary>
internal static class MarcCommand
{
    public static int Run(string[] args)
    {
        Console.Error.WriteLine("marc: the MARC21 codec command line is not wired yet.");
        return 2;
    }
}
