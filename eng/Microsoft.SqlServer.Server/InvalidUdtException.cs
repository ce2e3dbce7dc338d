using System;
using System.Collections.Generic;
using System.Globalization;
using System.Runtime.Serialization;

namespace Microsoft.SqlServer.Server;

/// <summary>Thrown when Microsoft.Data.SqlClient finds an invalid user-defined type.</summary>
[Serializable]
public sealed class InvalidUdtException : SystemException
{
    private const int InvalidUdtHResult = unchecked((int)0x80131937);

    // The real package resolves reason keys from its own resources; SqlClient passes already
    // localised text, so only the default key needs a translation here.
    private static readonly Dictionary<string, string> KnownReasons = new(StringComparer.Ordinal)
    {
        ["SqlUdtReason_NoUdtAttribute"] = "no UDT attribute",
    };

    internal InvalidUdtException()
    {
        HResult = InvalidUdtHResult;
    }

    internal InvalidUdtException(string message)
        : base(message)
    {
        HResult = InvalidUdtHResult;
    }

    internal InvalidUdtException(string message, Exception innerException)
        : base(message, innerException)
    {
        HResult = InvalidUdtHResult;
    }

    private InvalidUdtException(SerializationInfo info, StreamingContext context)
        : base(info, context)
    {
    }

    /// <summary>Called by Microsoft.Data.SqlClient (the only member of this type it references).</summary>
    public static InvalidUdtException Create(Type udtType, string resourceReason = "SqlUdtReason_NoUdtAttribute")
    {
        if (udtType is null)
        {
            throw new ArgumentNullException(nameof(udtType));
        }

        string reason = resourceReason is not null && KnownReasons.TryGetValue(resourceReason, out string? text)
            ? text
            : resourceReason ?? string.Empty;
        string message = string.Format(
            CultureInfo.CurrentCulture,
            "'{0}' is an invalid user defined type, reason: {1}.",
            udtType.FullName,
            reason);
        return new InvalidUdtException(message);
    }
}
