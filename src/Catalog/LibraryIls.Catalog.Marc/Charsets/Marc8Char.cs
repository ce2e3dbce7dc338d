namespace LibraryIls.Catalog.Marc;

/// <summary>One MARC-8 character: its Unicode code point and whether it is a diacritic written before its letter.</summary>
internal readonly record struct Marc8Char(int CodePoint, bool IsCombining);
