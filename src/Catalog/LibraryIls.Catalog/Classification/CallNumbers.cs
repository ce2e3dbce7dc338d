using LibraryIls.Catalog.Records;
using Microsoft.Extensions.Options;

namespace LibraryIls.Catalog.Classification;

/// <summary>The call number a record's copies get unless the cataloguer writes another: DDC class + author mark.</summary>
internal sealed class CallNumbers(IOptions<CatalogOptions> options)
{
    public CallNumber For(BibliographicRecord record) => For(record.Fields());

    public CallNumber For(RecordFields fields)
    {
        var mark = options.Value.AuthorMark.Build(fields.MainEntry, fields.Title);
        return new CallNumber(fields.DdcClass ?? "", mark.Length == 0 ? null : mark);
    }
}
