namespace LibraryIls.Catalog.Oai;

/// <summary>Configuration section "Catalog:Oai": how the data provider names itself to harvesters.</summary>
internal sealed class OaiOptions
{
    public string RepositoryName { get; set; } = "Thư viện tỉnh — mục lục (LibraryIls)";

    /// <summary>The domain-like name in identifiers oai:{RepositoryIdentifier}:{record id}.</summary>
    public string RepositoryIdentifier { get; set; } = "libraryils.local";

    public string AdminEmail { get; set; } = "thuvien@example.vn";

    /// <summary>Records (or headers) per response before a resumption token.</summary>
    public int PageSize { get; set; } = 100;
}
