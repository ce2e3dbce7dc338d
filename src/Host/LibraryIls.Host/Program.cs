using LibraryIls.Host.Cli;

return await CommandLine.RunAsync(args);

/// <summary>Entry point type, public for WebApplicationFactory in the API tests.</summary>
public partial class Program;
