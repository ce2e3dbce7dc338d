using LibraryIls.Catalog.Search.Memory;

namespace LibraryIls.Catalog.Tests.Opac;

/// <summary>The seek that intersections and ranking walk posting lists with: always the first place at or above the number sought.</summary>
public sealed class MemoryDocsTests
{
    [Fact]
    public void Given_ascending_lists_of_many_lengths_When_numbers_are_sought_from_any_place_Then_the_first_place_not_below_them_is_found()
    {
        var random = new Random(6);
        for (var round = 0; round < 300; round++)
        {
            var docs = Enumerable.Range(0, random.Next(0, 200)).Select(_ => random.Next(0, 1000)).Distinct().Order().ToArray();
            var from = random.Next(0, docs.Length + 1);
            var target = random.Next(-5, 1005);
            var expected = Enumerable.Range(from, docs.Length - from).FirstOrDefault(i => docs[i] >= target, docs.Length);
            MemoryDocs.Seek(docs, from, target).ShouldBe(expected, $"list of {docs.Length}, from {from}, seeking {target}");
        }
    }

    [Fact]
    public void Given_a_pooled_buffer_When_it_is_given_back_Then_it_is_empty_and_a_lent_list_is_left_as_it_was()
    {
        var list = new[] { 1, 5, 9 };
        using (var lent = MemoryDocs.Lent(list, 2)) lent.Span.ToArray().ShouldBe([1, 5]);
        list.ShouldBe([1, 5, 9]);
        var buffer = MemoryDocs.Buffer(3);
        buffer.Add(4);
        buffer.Add(7);
        buffer.Span.ToArray().ShouldBe([4, 7]);
        buffer.Dispose();
        buffer.Count.ShouldBe(0);
    }
}
