using System.Text;

namespace LibraryIls.Catalog.Marc.Tests;

/// <summary>The marc command as the Host will call it, in process.</summary>
public class CommandLineTests
{
    private static readonly string Camel = Corpus.PathOf("marc-perl/marc-record/t/camel.usmarc");

    [Fact]
    public void Given_no_arguments_When_run_Then_usage_and_exit_code_2()
    {
        var result = CliResult.Run(null);

        result.ExitCode.ShouldBe(2);
        result.Stderr.ShouldContain("marc convert");
    }

    [Fact]
    public void Given_an_unknown_format_When_converting_Then_exit_code_2()
    {
        CliResult.Run(null, "convert", "--to", "pdf", Camel, "-").ExitCode.ShouldBe(2);
    }

    [Fact]
    public void Given_help_When_run_Then_usage_on_stdout_and_exit_code_0()
    {
        var result = CliResult.Run(null, "--help");

        result.ExitCode.ShouldBe(0);
        result.Output.ShouldContain("validate");
    }

    [Fact]
    public void Given_iso2709_on_stdin_When_converted_to_marcxml_on_stdout_Then_every_record_is_there()
    {
        var result = CliResult.Run(File.ReadAllBytes(Camel), "convert", "--from", "iso2709", "--to", "marcxml", "-", "-");

        result.ExitCode.ShouldBe(0);
        using var reader = new MarcXmlReader(new MemoryStream(result.Stdout));
        reader.Count().ShouldBe(10);
    }

    [Fact]
    public void Given_marcxml_without_from_When_converted_Then_the_format_is_recognised()
    {
        var xml = Corpus.PathOf("marc-perl/marc-xml/t/batch.xml");

        var result = CliResult.Run(null, "convert", "--to", "iso2709", xml, "-");

        result.ExitCode.ShouldBe(0);
        Corpus.ReadBytes(result.Stdout, MarcReadOptions.Strict).Count.ShouldBe(10);
    }

    [Fact]
    public void Given_a_damaged_file_When_converted_leniently_Then_repairs_are_warnings_on_stderr()
    {
        var result = CliResult.Run(null, "convert", "--to", "line", Corpus.PathOf("pymarc/test/bad_records.mrc"), "-");

        result.ExitCode.ShouldBe(0);
        result.Stderr.ShouldContain("warning");
        result.Stderr.ShouldContain("@");
    }

    [Fact]
    public void Given_a_damaged_file_When_converted_strictly_Then_the_error_names_record_and_offset_and_exit_code_is_1()
    {
        var result = CliResult.Run(null, "convert", "--strict", "--to", "marcxml", Corpus.PathOf("pymarc/test/bad_records.mrc"), "-");

        result.ExitCode.ShouldBe(1);
        result.Stderr.ShouldMatch("record [0-9]+ at byte [0-9]+");
    }

    [Fact]
    public void Given_a_clean_generated_file_When_validated_Then_exit_code_0()
    {
        var file = new MemoryStream();
        new Generation.VietnameseRecordGenerator().WriteIso2709(file, 50);

        var result = CliResult.Run(file.ToArray(), "validate", "-");

        result.ExitCode.ShouldBe(0, result.Output);
        result.Output.ShouldContain("50 records, 0 with errors");
    }

    [Fact]
    public void Given_records_with_errors_When_validated_Then_each_record_is_reported_bilingually_and_exit_code_is_1()
    {
        var result = CliResult.Run(null, "validate", Camel);

        result.ExitCode.ShouldBe(1);
        result.Output.ShouldContain("record 0 @0 001=");
        result.Output.ShouldContain(" / ");
    }

    [Fact]
    public void Given_a_file_When_stats_Then_records_encodings_and_tags_are_counted()
    {
        var result = CliResult.Run(null, "stats", Camel);

        result.ExitCode.ShouldBe(0);
        result.Output.ShouldContain("records: 10");
        result.Output.ShouldContain("encoding leader/09 marc-8, bytes Marc8: 10");
        result.Output.ShouldContain("tag 245: 10");
    }

    [Fact]
    public void Given_json_and_line_outputs_When_converted_Then_vietnamese_text_stays_readable()
    {
        var file = new MemoryStream();
        new Generation.VietnameseRecordGenerator().WriteIso2709(file, 3);

        var json = CliResult.Run(file.ToArray(), "convert", "--to", "json", "-", "-");
        var line = CliResult.Run(file.ToArray(), "convert", "--to", "line", "-", "-");

        using var document = System.Text.Json.JsonDocument.Parse(json.Stdout);
        document.RootElement.GetArrayLength().ShouldBe(3);
        json.Output.ShouldContain("Việt Nam");
        line.Output.ShouldContain("245 10 $a ");
        Encoding.UTF8.GetString(json.Stdout).ShouldNotContain("\\u");
    }
}
