using LibraryIls.BuildingBlocks.Localization;

namespace LibraryIls.BuildingBlocks.Errors;

/// <summary>The thing asked for does not exist: answered as 404.</summary>
public sealed class NotFoundException(Bilingual message) : Exception(message.En)
{
    public Bilingual Text { get; } = message;

    public static NotFoundException Of(string whatVi, string whatEn, object key) =>
        new(new Bilingual($"Không tìm thấy {whatVi} '{key}'.", $"{whatEn} '{key}' was not found."));
}
