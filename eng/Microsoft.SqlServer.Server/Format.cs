namespace Microsoft.SqlServer.Server;

/// <summary>How a user-defined type is serialized (same values as the real package).</summary>
public enum Format
{
    Unknown = 0,
    Native = 1,
    UserDefined = 2,
}
