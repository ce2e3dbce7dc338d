namespace LibraryIls.Catalog.Marc;

/// <summary>Wrong arguments: the command prints usage and exits with 2.</summary>
internal sealed class UsageException(string message) : Exception(message);
