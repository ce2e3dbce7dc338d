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
        choice.Folder.ShouldBe(Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData), "LibraryIls"));
        choice.Folder.ShouldNotStartWith(Program);
    }

    private static DataFolderChoice.Choice Choose(string contentRoot, (string Key, string Value)? setting = null, string? state = null)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(
            setting is { } s ? [new KeyValuePair<string, string?>(s.Key, s.Value)] : []).Build();
        return DataFolderChoice.Resolve(configuration, contentRoot, Program, name => name == "STATE_DIRECTORY" ? state : null);
    }
}
