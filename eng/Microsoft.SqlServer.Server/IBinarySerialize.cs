using System.IO;

namespace Microsoft.SqlServer.Server;

/// <summary>Implemented by user-defined types that control their own binary serialization.</summary>
public interface IBinarySerialize
{
    void Read(BinaryReader r);

    void Write(BinaryWriter w);
}
