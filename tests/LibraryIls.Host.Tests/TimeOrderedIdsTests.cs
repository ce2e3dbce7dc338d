using LibraryIls.BuildingBlocks.Data;

namespace LibraryIls.Host.Tests;

/// <summary>
/// The ids an import gives its records and copies are the runtime's version 7 GUIDs in all but where their random bits
/// come from: the time first (rows land in key order), the version and variant where RFC 9562 puts them, and no two alike.
/// </summary>
public sealed class TimeOrderedIdsTests
{
    [Fact]
    public void Given_a_time_When_an_id_is_made_Then_it_is_a_version_7_guid_that_starts_with_that_time_as_the_runtime_writes_it()
    {
        var at = new DateTimeOffset(2026, 12, 5, 8, 30, 15, 123, TimeSpan.Zero);

        var id = TimeOrderedIds.Next(at);
        var runtime = Guid.CreateVersion7(at);

        id.Version.ShouldBe(7);
        (id.Variant >> 2).ShouldBe(0b10);
        id.ToString()[..13].ShouldBe(runtime.ToString()[..13]);
        id.ShouldNotBe(runtime);
    }

    [Fact]
    public void Given_many_ids_made_on_several_threads_When_compared_Then_none_repeats_and_later_times_sort_after_earlier_ones()
    {
        // The bounds are taken around the work, however long the machine takes to do it.
        var earlier = TimeOrderedIds.Next(DateTimeOffset.UtcNow.AddMilliseconds(-1));
        var made = new System.Collections.Concurrent.ConcurrentBag<Guid>();
        Parallel.For(0, 4, _ =>
        {
            for (var i = 0; i < 50_000; i++) made.Add(TimeOrderedIds.Next());
        });
        var later = TimeOrderedIds.Next(DateTimeOffset.UtcNow.AddMilliseconds(1));

        made.Distinct().Count().ShouldBe(200_000);
        made.ShouldAllBe(id => id.Version == 7);
        string.CompareOrdinal(earlier.ToString(), later.ToString()).ShouldBeLessThan(0);
        made.ShouldAllBe(id => string.CompareOrdinal(earlier.ToString(), id.ToString()) < 0 && string.CompareOrdinal(id.ToString(), later.ToString()) < 0);
    }
}
