namespace LibraryIls.Organization.Contracts;

/// <summary>What kind of place a rotation point is; the ministry's rotation figures are broken down by it.</summary>
public enum RotationPointKind
{
    School = 1,
    PrisonOrDetentionCentre = 2,
    DrugRehabilitationCentre = 3,
    BorderPost = 4,
    CommuneCulturePoint = 5,
    PoliceReadingRoom = 6,
    CommunityBookcase = 7,
    Homestay = 8,
    BookCafe = 9,
    ReligiousSite = 10,
    Other = 99,
}
