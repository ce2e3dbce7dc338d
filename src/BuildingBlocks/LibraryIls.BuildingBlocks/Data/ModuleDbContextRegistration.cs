namespace LibraryIls.BuildingBlocks.Data;

/// <summary>One entry per module DbContext, so migrate, health and tests can walk all of them.</summary>
public sealed record ModuleDbContextRegistration(string Module, Type ContextType);
