using System;
using System.Globalization;

namespace Microsoft.SqlServer.Server;

/// <summary>Marks a class or struct as a SQL Server user-defined type and describes its storage.</summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct, AllowMultiple = false, Inherited = true)]
public sealed class SqlUserDefinedTypeAttribute : Attribute
{
    private int _maxByteSize;

    public SqlUserDefinedTypeAttribute(Format format)
    {
        if (format is not (Format.Native or Format.UserDefined))
        {
            string value = ((int)format).ToString(CultureInfo.InvariantCulture);
            string message = format == Format.Unknown
                ? $"The {nameof(Format)} enumeration value, {value}, is not supported by the {nameof(format)} method."
                : $"The {nameof(Format)} enumeration value, {value}, is invalid.";
            throw new ArgumentOutOfRangeException(nameof(Format), message);
        }

        Format = format;
    }

    /// <summary>The on-disk format of the type.</summary>
    public Format Format { get; }

    /// <summary>Whether the binary representation orders the same way as the type's values.</summary>
    public bool IsByteOrdered { get; set; }

    /// <summary>Whether every instance has the same serialized length.</summary>
    public bool IsFixedLength { get; set; }

    /// <summary>Maximum serialized size in bytes (-1 = unlimited, up to 8000 otherwise).</summary>
    public int MaxByteSize
    {
        get => _maxByteSize;
        set
        {
            if (value < -1)
            {
                throw new ArgumentOutOfRangeException(nameof(MaxByteSize), value, "range: 0-8000");
            }

            _maxByteSize = value;
        }
    }

    /// <summary>The SQL Server name of the type.</summary>
    public string? Name { get; set; }

    /// <summary>Optional method that validates an instance after deserialization.</summary>
    public string? ValidationMethodName { get; set; }
}
