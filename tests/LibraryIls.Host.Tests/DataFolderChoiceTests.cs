using LibraryIls.Host.Data;
using Microsoft.Extensions.Configuration;

namespace LibraryIls.Host.Tests;

/// <summary>The data folder follows the platform's conventions, in their order, and never lands beside the binaries by default.</summary>
public sealed class DataFolderChoiceTests
{
    private static readonly string Program = Path.Combine(Path.GetTempPath(), "opt", "libraryils");
    private static readonly string Project = Path.Combine(Path.GetTempPath(), "src", "LibraryIls.Host");

    [Fact]
    public void Given_a_relative_data_folder_in_the_configuration_When_chosen_Then_it_is_under_the_content_root_and_wins()
    {
        var choice = Choose(Project, ("Database:DataFolder", "du-lieu"), state: "/var/lib/libraryils");
        choice.Folder.ShouldBe(Path.Combine(Project, "du-lieu"));
        choice.Reason.ShouldBe("Database:DataFolder");
    }

    [Fact]
    public void Given_systemd_state_directories_When_chosen_Then_the_first_one_is_used()
    {
        var choice = Choose(Program, state: "/var/lib/libraryils:/var/lib/other");
        choice.Folder.ShouldBe(Path.GetFullPath("/var/lib/libraryils"));
    }

    [Fact]
    public void Given_the_project_folder_as_content_root_When_chosen_Then_App_Data_there()
    {
        Choose(Project).Folder.ShouldBe(Path.Combine(Project, "App_Data"));
    }

    [Fact]
    public void Given_the_program_folder_as_content_root_When_chosen_Then_the_local_application_data_not_the_binaries()
    {
        var choice = Choose(Program + Path.DirectorySeparatorChar);
        choice.Folder.ShouldBe(Path.Combine(
            Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.DoNotVerify), "LibraryIls"));
        choice.Folder.ShouldNotStartWith(Program);
    }

    [Fact]
    public void Given_a_database_an_earlier_version_left_beside_the_program_When_chosen_Then_it_is_kept_and_the_reason_says_to_move_it()
    {
        var program = Path.Combine(Path.GetTempPath(), "libraryils-tests", "program-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path.Combine(program, "App_Data"));
        File.WriteAllBytes(Path.Combine(program, "App_Data", "libraryils.db"), []);
        try
        {
            var choice = DataFolderChoice.Resolve(new ConfigurationBuilder().Build(), program, program, _ => null);
            choice.Folder.ShouldBe(Path.Combine(program, "App_Data"));
            choice.Reason.ShouldContain("move it");
        }
        finally
        {
            Directory.Delete(program, recursive: true);
        }
    }

    [Theory]
    [InlineData("Sqlite", "Data Source=/var/lib/libraryils/libraryils.db;Pooling=false", "file /var/lib/libraryils/libraryils.db")]
    [InlineData("Sqlite", "DataSource=:memory:", ":memory:")]
    [InlineData("Postgres", "Host=db;Database=libraryils;Username=thuvien;Password=bi-mat", "host=db;database=libraryils;username=thuvien")]
    [InlineData("Postgres", "Host=db;Database=libraryils;PSW=bi-mat", "host=db;database=libraryils")]
    [InlineData("SqlServer", "Server=db;Database=LibraryIls;User Id=sa;Pwd=bi-mat;TrustServerCertificate=true", "server=db;database=LibraryIls;user id=sa;trustservercertificate=true")]
    public void Given_a_connection_string_When_written_to_the_log_Then_it_names_the_database_and_never_the_password(string provider, string connection, string logged)
    {
        var location = new LibraryIls.BuildingBlocks.Data.ConnectedDatabase(Enum.Parse<LibraryIls.BuildingBlocks.Data.DatabaseProvider>(provider), connection).Location();
        location.ShouldBe(OperatingSystem.IsWindows() && provider == "Sqlite" && logged.StartsWith("file ", StringComparison.Ordinal)
            ? "file " + Path.GetFullPath(logged[5..]) : logged, StringCompareShould.IgnoreCase);
        location.ShouldNotContain("bi-mat");
    }

    private static DataFolderChoice.Choice Choose(string contentRoot, (string Key, string Value)? setting = null, string? state = null)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(
            setting is { } s ? [new KeyValuePair<string, string?>(s.Key, s.Value)] : []).Build();
        return DataFolderChoice.Resolve(configuration, contentRoot, Program, name => name == "STATE_DIRECTORY" ? state : null);
    }
}
