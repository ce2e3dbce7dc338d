using LibraryIls.BuildingBlocks.Localization;

namespace LibraryIls.BuildingBlocks.Errors;

/// <summary>Signed in, but this staff member may not act here (another site's desk): answered as 403.</summary>
public sealed class ForbiddenException(Bilingual message) : Exception(message.En)
{
    public Bilingual Text { get; } = message;

    public static ForbiddenException OutsideSites() => new(new Bilingual(
        "Tài khoản của bạn không được phép thao tác tại cơ sở này.",
        "Your account may not act at this site."));
}
