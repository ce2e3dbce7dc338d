using LibraryIls.BuildingBlocks.Data;
using LibraryIls.BuildingBlocks.Security;
using LibraryIls.Catalog.Data;
using LibraryIls.Catalog.Imports;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace LibraryIls.Catalog.Tests.Imports;

/// <summary>
/// On SQLite a committing batch puts several chunks in one transaction while no other write waits for the file, and commits
/// after the chunk in hand as soon as one does (a desk save waits one chunk at most); other engines commit every chunk.
/// </summary>
public sealed class ChunksPerTransactionTests
{
    private const int Records = 50;

    [Theory, MemberData(nameof(TestDatabases.All), MemberType = typeof(TestDatabases))]
    public async Task Given_chunks_of_five_and_four_chunks_a_transaction_When_a_batch_commits_Then_SQLite_commits_every_twenty_records_and_other_engines_every_five(string provider)
    {
        await using var api = await LibraryIlsApi.StartAsync(provider);

        var commits = await CommittedCursorsAsync(api, Records, chunksPerTransaction: 4, startMeanwhile: _ => Task.FromResult(Task.CompletedTask));

        commits.ShouldBe(provider == TestDatabases.Sqlite ? [20, 40, 50] : [5, 10, 15, 20, 25, 30, 35, 40, 45, 50]);
    }

    [Fact]
    public async Task Given_writes_waiting_for_the_file_When_a_batch_commits_on_SQLite_Then_it_lets_them_in_after_the_chunk_in_hand()
    {
        await using var api = await LibraryIlsApi.StartAsync(TestDatabases.Sqlite);
        await using var deskScope = api.Services.CreateAsyncScope();
        var desk = deskScope.ServiceProvider.GetRequiredService<CatalogDbContext>();
        var deskWrites = new List<Task>();
        // A desk save asks for the file while the batch holds it, once after the third chunk and once after the seventh:
        // the batch sees it waiting before it decides whether to commit, commits the chunk in hand and lets it in.
        api.Services.GetRequiredService<ImportProgress>().ChunkWritten += batch =>
        {
            if (batch.CommitCursor is 15 or 35)
                deskWrites.Add(SqliteWriteGate.EnterAsync(desk, CancellationToken.None).ContinueWith(entered => entered.Result.Dispose(), TaskScheduler.Default));
        };

        var commits = await CommittedCursorsAsync(api, Records, chunksPerTransaction: 1000, startMeanwhile: _ => Task.FromResult(Task.CompletedTask));

        commits.ShouldBe([15, 35, Records], "one transaction for every chunk, cut where a desk save was waiting");
        deskWrites.Count.ShouldBe(2);
        await Task.WhenAll(deskWrites);
    }

    [Fact]
    public async Task Given_the_gate_held_When_another_write_comes_Then_the_holder_sees_it_waiting_until_it_has_gone_in()
    {
        await using var api = await LibraryIlsApi.StartAsync(TestDatabases.Sqlite);
        await using var holderScope = api.Services.CreateAsyncScope();
        await using var otherScope = api.Services.CreateAsyncScope();
        var holder = holderScope.ServiceProvider.GetRequiredService<CatalogDbContext>();
        var other = otherScope.ServiceProvider.GetRequiredService<CatalogDbContext>();

        var held = await SqliteWriteGate.HoldAsync(holder, default);
        held.OthersWaiting.ShouldBeFalse();
        var entering = SqliteWriteGate.EnterAsync(other, default);
        entering.IsCompleted.ShouldBeFalse();
        held.OthersWaiting.ShouldBeTrue();

        await held.DisposeAsync();
        (await entering.WaitAsync(TimeSpan.FromSeconds(10))).Dispose();
        await using var again = await SqliteWriteGate.HoldAsync(holder, default);
        again.OthersWaiting.ShouldBeFalse("the write that waited has gone in and out");
    }

    /// <summary>
    /// Stages and commits <paramref name="records"/> generated records in chunks of five through the API while what
    /// <paramref name="startMeanwhile"/> starts runs (it returns once that runs, with a task that ends when it stops);
    /// the batch's committed cursor at each commit.
    /// </summary>
    private static async Task<List<int>> CommittedCursorsAsync(LibraryIlsApi api, int records, int chunksPerTransaction, Func<CancellationToken, Task<Task>> startMeanwhile)
    {
        var options = api.Services.GetRequiredService<IOptions<ImportOptions>>().Value;
        (options.ChunkSize, options.ChunksPerTransaction) = (5, chunksPerTransaction);
        var site = await api.SiteAsync();
        var cataloguer = await api.StaffAsync(Roles.Cataloguer, site);
        var (file, _) = GeneratedFiles.Iso2709(records, seed: 71, Unique.Code("G"));
        var commits = new List<int>();
        api.Services.GetRequiredService<ImportProgress>().Changed += batch =>
        {
            lock (commits) if (commits.LastOrDefault() != batch.CommitCursor) commits.Add(batch.CommitCursor);
        };
        using var stop = new CancellationTokenSource();
        var meanwhile = await startMeanwhile(stop.Token);

        var uploaded = await cataloguer.UploadAsync(file, "gop.mrc", new Dictionary<string, string>
            { ["source"] = "GROUP", ["siteCode"] = site, ["matchRule"] = "isbn", ["commit"] = "true" });
        var batch = await cataloguer.WaitForAsync(uploaded.Id, "Committed");
        await stop.CancelAsync();
        await meanwhile;

        batch.ShouldAddUp();
        batch.Added.ShouldBe(records);
        await using (var scope = api.Services.CreateAsyncScope())
            (await scope.ServiceProvider.GetRequiredService<CatalogDbContext>().StagedRecords.CountAsync(s => s.BatchId == batch.Id)).ShouldBe(records);
        lock (commits) return [.. commits];
    }
}
