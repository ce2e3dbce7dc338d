namespace LibraryIls.Catalog.Matching;

/// <summary>What a match point compares (Koha's "match points", with the Vietnamese normalisation of <see cref="MatchText"/>).</summary>
public enum MatchPointKind
{
    /// <summary>020 $a, ISBN-10 turned into ISBN-13, so 604-1-23456-7 matches 978-604-1-23456-x.</summary>
    Isbn = 1,

    /// <summary>022 $a, digits and X.</summary>
    Issn = 2,

    /// <summary>001 together with 003: the same record from the same system.</summary>
    ControlNumber = 3,

    /// <summary>Normalised title (245 $a $b $n $p), first author (100/110/111 $a, else 700 $a) and year.</summary>
    TitleAuthorYear = 4,
}
