namespace LibraryIls.BuildingBlocks.Data;

/// <summary>The provider and connection string the running installation uses, resolved once at start.</summary>
public sealed record ConnectedDatabase(DatabaseProvider Provider, string ConnectionString);
