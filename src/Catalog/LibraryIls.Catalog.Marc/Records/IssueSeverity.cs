namespace LibraryIls.Catalog.Marc;

public enum IssueSeverity
{
    Warning,
    Error,
}
