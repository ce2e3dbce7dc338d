namespace LibraryIls.Catalog.Search;

/// <summary>Where in the record a word stands; title words rank above the others.</summary>
internal enum SearchField : byte
{
    Title = 1,
    Author = 2,
    Subject = 3,
    Publisher = 4,
    StandardNumber = 5,
    Other = 6,
}
