using System.Diagnostics;
using Microsoft.Data.Sqlite;

namespace LibraryIls.Host.Tests;

/// <summary>The shell verbs, run as a real process the way an administrator runs them.</summary>
public sealed class CommandLineTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "libraryils-tests", "cli-" + Guid.NewGuid().ToString("N"));

    private string Database => $"--Database:ConnectionString=Data Source={Path.Combine(_folder, "cli.db")}";

    [Fact]
    public async Task Given_help_When_asked_Then_every_command_is_listed()
    {
        var (code, output, _) = await Run("--help");
        code.ShouldBe(0);
        foreach (var command in new[] { "serve", "migrate", "create-admin", "seed-demo", "marc", "report annual", "jobs run" }) output.ShouldContain(command);
    }

    [Fact]
    public async Task Given_an_empty_database_When_migrate_runs_Then_the_tables_exist()
    {
        var (code, output, error) = await Run("migrate", Database);
        code.ShouldBe(0, error);
        output.ShouldContain("database is up to date");
        Tables().ShouldContain("org_sites");
        // A new file is in WAL mode, with SQLite's 4 KB pages: larger ones slow every desk commit (DatabaseMigrations says why).
        Pragma("page_size").ShouldBe("4096");
        Pragma("journal_mode").ShouldBe("wal");
        // appsettings.json keeps EF's per-command logging off; without it every SQL statement is logged.
        (output + error).ShouldNotContain("Executed DbCommand");
    }

    [Fact]
    public async Task Given_no_admin_When_create_admin_runs_Then_the_account_exists_and_a_weak_password_is_refused()
    {
        var (weak, _, _) = await Run("create-admin --user admin2 ".Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Append(Database).ToArray(), password: "ngan");
        weak.ShouldBe(1);
        var (code, output, error) = await Run(["create-admin", "--user", "quantri", "--name", "Quản trị viên", Database],
            password: "Mot-mat-khau-dai-1");
        code.ShouldBe(0, error);
        output.ShouldContain("quantri");
    }

    [Fact]
    public async Task Given_seed_demo_When_run_twice_Then_the_network_is_there_once_with_staff_of_each_role()
    {
        var (code, output, error) = await Run("seed-demo", Database);
        code.ShouldBe(0, error);
        foreach (var role in new[] { "Admin", "Cataloguer", "DeskStaff", "Manager" }) output.ShouldContain(role);
        output.ShouldMatch(@"(?s).*circulation: [1-9]\d{3,} loans over the past year.*");
        // The year of desk work takes about a minute: each library reports when it is done, in order.
        output.ShouldMatch(@"(?s).*\n  1/9 TVT-TSC: [1-9]\d* lượt mượn / loans.*\n  9/9 X-HT: [1-9]\d* lượt mượn / loans.*circulation: [1-9]\d{3,} loans over the past year.*");
        var (again, secondOutput, _) = await Run("seed-demo", Database);
        again.ShouldBe(0);
        secondOutput.ShouldContain("the demo year is already there");
        using var connection = Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT Kind, PointKind, COUNT(*) FROM org_sites GROUP BY Kind, PointKind";
        using var reader = command.ExecuteReader();
        var kinds = new List<string>();
        while (reader.Read()) kinds.Add($"{reader.GetString(0)}/{(reader.IsDBNull(1) ? "" : reader.GetString(1))}={reader.GetInt32(2)}");
        kinds.ShouldContain("MobileVan/=1");
        kinds.ShouldContain("RotationPoint/School=1");
        kinds.ShouldContain("RotationPoint/PrisonOrDetentionCentre=1");
        kinds.ShouldContain("RotationPoint/BorderPost=1");
        kinds.ShouldContain("RotationPoint/CommuneCulturePoint=1");
        kinds.ShouldContain("Branch/=3");
    }

    [Fact]
    public async Task Given_the_scheduled_jobs_When_listed_and_one_is_run_by_name_Then_it_runs_now_and_an_unknown_name_is_refused()
    {
        var (listed, list, _) = await Run("jobs", "list", Database);
        listed.ShouldBe(0);
        foreach (var job in new[] { "circulation.reporting-days", "patrons.visit-days", "patrons.expire-cards", "reporting-annual-snapshot" })
            list.ShouldContain(job);

        var (ran, output, error) = await Run("jobs", "run", "circulation.reporting-days", Database);
        ran.ShouldBe(0, error);
        output.ShouldContain("Xong / done: circulation.reporting-days");
        Tables().ShouldContain("cir_event_days", "the job migrated the database it ran on");

        var (unknown, _, refusal) = await Run("jobs", "run", "khong-co", Database);
        unknown.ShouldBe(2);
        refusal.ShouldContain("khong-co");
    }

    [Fact]
    public async Task Given_a_corpus_file_When_marc_convert_runs_through_the_host_Then_MARCXML_comes_out()
    {
        var input = Path.Combine(LibraryIls.Tests.RepositoryFiles.Corpus, "pymarc", "test", "marc8.dat");
        var (code, output, error) = await Run("marc", "convert", "--from", "iso2709", "--to", "marcxml", input, "-");
        code.ShouldBe(0, error);
        output.ShouldContain("<record");
        output.ShouldContain("http://www.loc.gov/MARC21/slim");
        var (bad, _, _) = await Run("marc", "convert", "--from", "nonsense", input, "-");
        bad.ShouldBe(2);
    }

    private string Pragma(string name)
    {
        using var connection = Open();
        using var command = connection.CreateCommand();
        command.CommandText = $"PRAGMA {name}";
        return Convert.ToString(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture)!;
    }

    private SqliteConnection Open()
    {
        var connection = new SqliteConnection($"Data Source={Path.Combine(_folder, "cli.db")};Pooling=false");
        connection.Open();
        return connection;
    }

    private string[] Tables()
    {
        using var connection = Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table'";
        using var reader = command.ExecuteReader();
        var names = new List<string>();
        while (reader.Read()) names.Add(reader.GetString(0));
        return [.. names];
    }

    [Fact]
    public async Task Given_a_database_When_report_annual_runs_Then_the_year_is_written_as_an_xlsx_file()
    {
        var file = Path.Combine(_folder, "bao-cao-2025.xlsx");
        var (code, output, error) = await Run("report", "annual", "--year", "2025", "--format", "xlsx", "--out", file, Database);
        code.ShouldBe(0, error);
        output.ShouldContain(file);
        (await File.ReadAllBytesAsync(file)).Take(2).ShouldBe("PK"u8.ToArray()); // an Office Open XML package
        var (usage, _, usageError) = await Run("report", "annual", "--format", "xlsx", Database);
        usage.ShouldBe(2);
        usageError.ShouldContain("--year");
    }

    private Task<(int Code, string Output, string Error)> Run(params string[] args) => Run(args, null);

    private async Task<(int Code, string Output, string Error)> Run(string[] args, string? password)
    {
        Directory.CreateDirectory(_folder);
        var host = Path.Combine(AppContext.BaseDirectory, "LibraryIls.Host.dll");
        // Started from a folder of its own, as an installed copy is: the host must still read its own appsettings.json.
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true, RedirectStandardError = true, RedirectStandardInput = true, WorkingDirectory = _folder,
        };
        start.ArgumentList.Add(host);
        foreach (var arg in args) start.ArgumentList.Add(arg);
        start.Environment["LIBRARYILS_ADMIN_PASSWORD"] = password ?? "";
        start.Environment["Database__DataFolder"] = _folder;
        start.Environment["DataProtection__KeysFolder"] = Path.Combine(_folder, "keys");
        using var process = Process.Start(start)!;
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        // Generous: seed-demo replays a year of desk work, and a CI machine may be busy.
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(6));
        return (process.ExitCode, await output, await error);
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        try { Directory.Delete(_folder, recursive: true); } catch (IOException) { }
    }
}
