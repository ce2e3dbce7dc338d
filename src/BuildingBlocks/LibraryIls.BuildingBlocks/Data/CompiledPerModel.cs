using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace LibraryIls.BuildingBlocks.Data;

/// <summary>
/// A query compiled once per EF model (EF.CompileAsyncQuery), for the desk's hottest reads: EF then neither walks nor
/// hashes the query's expression tree on each call. EF binds a compiled query to the first model it runs against and
/// refuses any other, and one process can hold several models of a context (each engine's context type has its own,
/// as in the tests that run SQLite and PostgreSQL side by side), so each model gets its own compilation.
/// </summary>
public sealed class CompiledPerModel<TQuery>(Func<TQuery> compile) where TQuery : class
{
    private readonly ConditionalWeakTable<IModel, TQuery> _byModel = new();

    public TQuery For(DbContext db) => _byModel.GetValue(db.Model, _ => compile());
}
