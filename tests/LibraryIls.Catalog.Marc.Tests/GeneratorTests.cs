using System.Text;
using LibraryIls.Catalog.Marc.Generation;

namespace LibraryIls.Catalog.Marc.Tests;

public class GeneratorTests
{
    [Fact]
    public void Given_the_same_seed_When_generating_twice_Then_the_files_are_identical()
    {
        var first = new MemoryStream();
        var second = new MemoryStream();
        new VietnameseRecordGenerator(seed: 42).WriteIso2709(first, 200);
        new VietnameseRecordGenerator(seed: 42).WriteIso2709(second, 200);

        first.ToArray().ShouldBe(second.ToArray());
    }

    [Fact]
    public void Given_generated_records_When_inspected_Then_they_are_nfc_vietnamese_with_copies()
    {
        var records = new VietnameseRecordGenerator().Records(300).ToList();

        records.ShouldAllBe(r => r.ControlField("008")!.Length == 40);
        records.ShouldAllBe(r => r.DataFields("952").Count() >= 1 && r.DataFields("952").Count() <= 3);
        records.SelectMany(r => r.DataFields("952")).ShouldAllBe(f => System.Text.RegularExpressions.Regex.IsMatch(f['p']!, "^[A-Z]{2}\\.[0-9]{6}$"));
        records.ShouldAllBe(r => r.Title!.IsNormalized(NormalizationForm.FormC));
        records.ShouldContain(r => r.DataField("264")!['b'] == "Nxb. Kim Đồng");
    }
}
