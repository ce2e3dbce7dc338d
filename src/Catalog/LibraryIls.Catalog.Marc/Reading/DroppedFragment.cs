namespace LibraryIls.Catalog.Marc;

/// <summary>Bytes between two records that were too short to be one: kept so that nothing read is lost unseen.</summary>
public sealed record DroppedFragment(int Index, long ByteOffset, byte[] Bytes, MarcIssue Issue);
