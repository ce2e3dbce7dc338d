namespace LibraryIls.Catalog.Marc;

/// <summary>
/// The 8-bit Vietnamese encodings of the 1990s-2000s that old library systems stored and exported:
/// TCVN3 (TCVN 5712:1993 VN3, the ".Vn" ABC fonts) and VNI (the VNI-Windows fonts). Text in them arrives
/// either as raw bytes in a record that claims MARC-8, or as those bytes read as Latin-1 inside UTF-8.
/// </summary>
public enum VietnameseLegacyEncoding
{
    Tcvn3 = 1,
    Vni = 2,
}
