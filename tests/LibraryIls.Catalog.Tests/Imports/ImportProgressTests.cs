using LibraryIls.Catalog.Imports;

namespace LibraryIls.Catalog.Tests.Imports;

/// <summary>
/// The progress a cataloguer follows (API and command line): a batch staged and committed at once names that phase, so a
/// committed count rising while it "stages" surprises nobody; its rate and time left are measured on the file's bytes.
/// </summary>
public sealed class ImportProgressTests
{
    private static readonly DateTimeOffset Start = new(2026, 12, 4, 8, 0, 0, TimeSpan.FromHours(7));

    private static ImportBatch Batch(bool commit) =>
        ImportBatch.Start(Guid.CreateVersion7(), new ImportSettings { Source = "NLV", SiteCode = "TVT", Commit = commit }, "nlv.mrc", 1_000_000, "cataloguer", Start);

    [Fact]
    public void Given_a_batch_asked_to_commit_When_it_is_read_Then_its_phase_is_staging_and_committing_with_a_rate_and_time_left()
    {
        var batch = Batch(commit: true);
        (batch.BytesRead, batch.RecordsRead, batch.CommitCursor, batch.Added) = (250_000, 400, 400, 390);

        var progress = ImportProgressResponse.Of(batch, Start.AddSeconds(10));

        batch.StagesAndCommitsAtOnce.ShouldBeTrue();
        progress.Phase.ShouldBe("staging and committing");
        (progress.Done, progress.Total).ShouldBe((250_000L, 1_000_000L));
        progress.RecordsPerSecond.ShouldBe(40);
        progress.SecondsLeft.ShouldBe(30, "three quarters of the file left at 25,000 bytes a second");
    }

    [Fact]
    public void Given_a_batch_to_look_at_before_committing_When_it_is_read_Then_its_phase_is_staging()
    {
        var batch = Batch(commit: false);
        (batch.BytesRead, batch.RecordsRead) = (500_000, 800);

        batch.StagesAndCommitsAtOnce.ShouldBeFalse();
        ImportProgressResponse.Of(batch, Start.AddSeconds(10)).Phase.ShouldBe("staging");
    }

    [Fact]
    public void Given_a_batch_to_commit_that_an_earlier_version_began_staging_whole_When_it_resumes_Then_it_stages_first()
    {
        // Its commit cursor lags the records read: it finishes staging, then commits, as it began.
        var batch = Batch(commit: true);
        (batch.BytesRead, batch.RecordsRead, batch.CommitCursor) = (500_000, 800, 0);

        batch.StagesAndCommitsAtOnce.ShouldBeFalse();
        ImportProgressResponse.Of(batch, Start.AddSeconds(10)).Phase.ShouldBe("staging");
    }

    [Fact]
    public void Given_a_staged_batch_When_it_is_committed_Then_its_phase_is_committing_counted_in_records()
    {
        var batch = Batch(commit: false);
        batch.RecordsRead = 1000;
        batch.FinishStaging(Start.AddSeconds(20));
        batch.BeginCommit(Start.AddSeconds(30));
        batch.CommitCursor = 250;

        var progress = ImportProgressResponse.Of(batch, Start.AddSeconds(35));

        batch.StagesAndCommitsAtOnce.ShouldBeFalse();
        progress.Phase.ShouldBe("committing");
        (progress.Done, progress.Total, progress.RecordsPerSecond, progress.SecondsLeft).ShouldBe((250L, 1000L, 50.0, (double?)15.0));
    }
}
