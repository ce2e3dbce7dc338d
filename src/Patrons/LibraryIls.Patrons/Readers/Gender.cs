namespace LibraryIls.Patrons.Readers;

public enum Gender
{
    Female = 1,
    Male = 2,
    Other = 3,
}
