using System.Text.Json;
using LibraryIls.Catalog.Marc;
using LibraryIls.Catalog.Matching;
using LibraryIls.Catalog.Records;

namespace LibraryIls.Catalog.Tests;

/// <summary>
/// An import keeps what staging read from a record (its fields and match keys) after it takes the copy fields out, when no copy
/// tag is one they are read from. That holds only while <see cref="RecordFields.TagsRead"/> and <see cref="MatchKeys.TagsRead"/>
/// name every tag those read: checked here on real records written by other systems.
/// </summary>
public sealed class TagsReadTests
{
    [Fact]
    public void Given_real_records_When_fields_of_a_tag_not_read_are_taken_out_Then_fields_and_match_keys_stay_the_same()
    {
        var records = 0;
        var removals = 0;
        foreach (var record in CorpusRecords())
        {
            records++;
            var before = WhatIsRead(record);
            foreach (var tag in record.Fields.Select(f => f.Tag).Where(t => !MatchKeys.TagsRead.Contains(t)).Distinct().ToList())
            {
                var without = Copy(record);
                without.Fields.RemoveAll(f => f.Tag == tag);
                WhatIsRead(without).ShouldBe(before, $"record {record.ControlNumber} without {tag}");
                removals++;
            }
        }
        records.ShouldBeGreaterThan(300);
        removals.ShouldBeGreaterThan(1000);
    }

    [Fact]
    public void Given_real_records_When_fields_of_a_tag_read_are_taken_out_Then_what_is_read_changes()
    {
        // The comparison above can fail: taking out the title, the ISBN or the control number changes what is read.
        var changed = CorpusRecords().Count(record =>
        {
            var without = Copy(record);
            without.Fields.RemoveAll(f => f.Tag is "245" or "020" or "001");
            return WhatIsRead(without) != WhatIsRead(record);
        });
        changed.ShouldBeGreaterThan(300);
        RecordFields.TagsRead.ShouldNotContain("952");
        RecordFields.TagsRead.ShouldNotContain("852");
    }

    private static string WhatIsRead(MarcRecord record)
    {
        var fields = RecordFields.From(record);
        return JsonSerializer.Serialize(new { fields, keys = MatchKeys.Of(record, fields).Select(k => $"{k.Kind} {k.Key}").ToList() });
    }

    private static MarcRecord Copy(MarcRecord record)
    {
        var copy = new MarcRecord(record.Leader);
        copy.Fields.AddRange(record.Fields);
        return copy;
    }

    private static IEnumerable<MarcRecord> CorpusRecords()
    {
        foreach (var file in CatalogCorpus.Files(".mrc", ".xml"))
        {
            using var reader = MarcFiles.OpenReader(File.OpenRead(file));
            for (var n = 0; n < 50 && reader.Read() is { } record; n++) yield return record;
        }
    }
}
