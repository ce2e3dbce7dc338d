using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace LibraryIls.Catalog.Data;

/// <summary>
/// A column <see cref="BulkRows{T}"/> writes, as the EF model maps it: its property, type mapping (and value converter),
/// quoted name and store type; <see cref="IsOwner"/> when the row's owner (a heading's record) is given beside the row.
/// </summary>
internal sealed record BulkColumn(IProperty Property, RelationalTypeMapping Mapping, string Quoted, string StoreTypeBase, bool IsOwner)
{
    private readonly Func<object, object?> _get = Property.GetGetter().GetClrValueUsingContainingEntity;

    /// <summary>The value as the engine stores it, read through the model's getter and converter (SQLite binds typed: <see cref="SqliteRowBinder"/>).</summary>
    public object? Value(object row, object? owner)
    {
        var value = IsOwner && owner is not null ? owner : _get(row);
        if (value is null) return null;
        if (Mapping.Converter is { } converter) value = converter.ConvertToProvider(value);
        // PostgreSQL's smallint is written from a short; the model keeps small enums as bytes.
        return value is byte b && StoreTypeBase == "smallint" ? (short)b : value;
    }
}
