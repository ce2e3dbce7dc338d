namespace LibraryIls.Catalog.Contracts;

/// <summary>The stock (kho) a copy stands in.</summary>
public enum CopyLocation
{
    /// <summary>Kho đọc: read in the reading room only.</summary>
    ReadingRoom = 1,

    /// <summary>Kho mượn: lent for home reading.</summary>
    Lending = 2,

    /// <summary>Kho thiếu nhi.</summary>
    Children = 3,

    /// <summary>Kho địa chí: documents about the province.</summary>
    LocalStudies = 4,

    /// <summary>Kho luân chuyển / xe lưu động.</summary>
    Rotation = 5,
}

/// <summary>How the copy came to the library; the ministry counts additions by source.</summary>
public enum AcquisitionSource
{
    /// <summary>Mua.</summary>
    Purchase = 1,

    /// <summary>Tặng, biếu, xã hội hóa.</summary>
    Donation = 2,

    /// <summary>Lưu chiểu.</summary>
    LegalDeposit = 3,
}

public enum CopyStatus
{
    Available = 1,
    OnLoan = 2,
    InTransit = 3,
    InRotation = 4,
    Lost = 5,
    Damaged = 6,
    Withdrawn = 7,
}
