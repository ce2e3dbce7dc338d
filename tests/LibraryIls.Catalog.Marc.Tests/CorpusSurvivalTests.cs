namespace LibraryIls.Catalog.Marc.Tests;

/// <summary>Every file in the corpus, whatever it is, goes through convert and validate without an unhandled exception.</summary>
public class CorpusSurvivalTests
{
    public static TheoryData<string> Files() => [.. Corpus.AllFiles().Select(Corpus.Relative)];

    [Theory]
    [MemberData(nameof(Files))]
    public void Given_any_corpus_file_When_converted_to_every_format_and_validated_Then_the_command_finishes_with_a_data_exit_code(string file)
    {
        var path = Corpus.PathOf(file);
        foreach (var to in new[] { "iso2709", "marcxml", "json", "line" })
        {
            var result = CliResult.Run(null, "convert", "--to", to, path, "-");
            result.ExitCode.ShouldBeOneOf(0, 1);
        }

        CliResult.Run(null, "validate", path).ExitCode.ShouldBeOneOf(0, 1);
        CliResult.Run(null, "stats", path).ExitCode.ShouldBe(0);
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Given_any_corpus_file_When_read_strictly_Then_only_the_codec_error_type_escapes(string file)
    {
        var path = Corpus.PathOf(file);
        try
        {
            Corpus.Read(path, MarcReadOptions.Strict);
        }
        catch (MarcFormatException ex)
        {
            // Strict stops at the first damaged record: the ones before it are whole, so lenient reading has them too.
            Corpus.Read(path).Count.ShouldBeGreaterThanOrEqualTo(ex.RecordIndex, ex.Message);
        }
    }
}
