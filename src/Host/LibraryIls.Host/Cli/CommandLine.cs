using LibraryIls.BuildingBlocks.Demo;
using LibraryIls.Host.Data;
using LibraryIls.Organization;

namespace LibraryIls.Host.Cli;

/// <summary>
/// <c>dotnet run --project src/Host -- &lt;command&gt;</c>: the API by default, and the jobs that are better run
/// from a shell. Settings such as <c>--Database:Provider=Postgres</c> may follow any command.
/// </summary>
internal static class CommandLine
{
    private const string Help = """
        LibraryIls — hệ thống quản lý thư viện / integrated library system

        Usage: LibraryIls.Host [command] [options] [--Setting:Name=value ...]

        Commands:
          serve                 run the HTTP API (default); --urls http://127.0.0.1:5080
          migrate               create or upgrade the database of every module, then exit
          create-admin          create the first administrator:
                                  --user NAME [--name "Họ và tên"]; password from LIBRARYILS_ADMIN_PASSWORD or stdin
          seed-demo             add a demo provincial network, staff of each role (passwords printed once)
          marc ...              MARC21 tools: convert, validate, stats (marc --help)
          report annual         the year's statistics as a file: --year 2025 --format xlsx|docx|csv|json --out FILE [--site CODE]
          search-index rebuild  rebuild the OPAC search index from the catalogue (after a bulk load or restore)
          jobs list             the scheduled jobs and their schedules
          jobs run NAME         run a scheduled job now (e.g. circulation.reporting-days after a bulk import)
          import ...            staged MARC import into the catalogue: import marc FILE --source NAME --site CODE (import --help)
          export marc OUT       the catalogue (or a query's result) as ISO 2709 / MARCXML / MARC-in-JSON with copies as 952
          --help                this text

        Database: --Database:Provider=Sqlite|SqlServer|Postgres --Database:ConnectionString="..."
        (default: SQLite file libraryils.db in the data folder, created on first start; the log says where)
        """;

    public static async Task<int> RunAsync(string[] args)
    {
        var command = args.Length > 0 && !args[0].StartsWith('-') ? args[0] : "serve";
        var rest = command == "serve" && (args.Length == 0 || args[0].StartsWith('-')) ? args : args[1..];
        if (args is ["--help" or "-h" or "help", ..])
        {
            Console.WriteLine(Help);
            return 0;
        }
        switch (command)
        {
            case "serve":
                await LibraryIlsApp.Build(rest).RunAsync();
                return 0;
            case "migrate":
                return await WithApp(rest, async (services, ct) =>
                {
                    await services.GetRequiredService<DatabaseMigrations>().MigrateAsync(ct);
                    Console.WriteLine("Cơ sở dữ liệu đã cập nhật / database is up to date.");
                    return 0;
                });
            case "create-admin":
                return await WithApp(rest, (services, ct) => CreateAdmin(services, rest, ct));
            case "seed-demo":
                return await WithApp(rest, async (services, ct) =>
                {
                    await services.GetRequiredService<DatabaseMigrations>().MigrateAsync(ct);
                    foreach (var seeder in services.GetServices<IDemoDataSeeder>().OrderBy(s => s.Order))
                        await seeder.SeedAsync(Console.Out, ct);
                    return 0;
                });
            case "report":
                return await WithApp(rest, (services, ct) => ReportCommand.RunAsync(services, rest, ct));
            case "marc":
                return Marc.MarcCommand.Run(rest);
            case "search-index" when rest is ["rebuild", ..]:
                return await WithApp(rest, (services, ct) => LibraryIls.Catalog.CatalogModule.RebuildSearchIndexAsync(services, Console.Out, ct));
            case "jobs" when rest is ["list", ..] or ["run", _, ..]:
                return await WithApp(rest, (services, ct) => JobsCommand(services, rest, ct));
            case "import" or "export":
                return await WithApp(rest, async (services, ct) =>
                {
                    await services.GetRequiredService<DatabaseMigrations>().MigrateAsync(ct);
                    return command == "import"
                        ? await Catalog.CatalogModule.RunImportCommandAsync(services, rest, ct)
                        : await Catalog.CatalogModule.RunExportCommandAsync(services, rest, ct);
                });
            default:
                Console.Error.WriteLine($"Lệnh không rõ / unknown command: {command}\n");
                Console.Error.WriteLine(Help);
                return 2;
        }
    }

    private static async Task<int> WithApp(string[] args, Func<IServiceProvider, CancellationToken, Task<int>> work)
    {
        await using var app = LibraryIlsApp.Build(SettingsOnly(args), forCommand: true);
        using var scope = app.Services.CreateScope();
        return await work(scope.ServiceProvider, CancellationToken.None);
    }

    private static readonly string[] HostOptions = ["--contentRoot", "--environment"];

    /// <summary>
    /// Command options (--user) are not configuration; --Section:Key=value settings are, and so are the host's own
    /// --contentRoot and --environment, so a command works on the same installation as <c>serve</c> with the same options.
    /// </summary>
    private static string[] SettingsOnly(string[] args)
    {
        var kept = new List<string>();
        for (var i = 0; i < args.Length; i++)
        {
            var hostOption = HostOptions.FirstOrDefault(o => args[i].StartsWith(o, StringComparison.OrdinalIgnoreCase));
            if (hostOption is not null && args[i].Length == hostOption.Length && i + 1 < args.Length) kept.AddRange([args[i], args[++i]]);
            else if (args[i].StartsWith("--", StringComparison.Ordinal) && (args[i].Contains(':') || hostOption is not null)) kept.Add(args[i]);
        }
        return [.. kept];
    }

    private static async Task<int> CreateAdmin(IServiceProvider services, string[] args, CancellationToken ct)
    {
        var user = Option(args, "--user");
        if (user is null)
        {
            Console.Error.WriteLine("create-admin: --user NAME is required.");
            return 2;
        }
        var password = Environment.GetEnvironmentVariable("LIBRARYILS_ADMIN_PASSWORD");
        if (string.IsNullOrEmpty(password))
        {
            Console.Error.Write("Mật khẩu / password: ");
            password = Console.ReadLine() ?? "";
        }
        await services.GetRequiredService<DatabaseMigrations>().MigrateAsync(ct);
        try
        {
            var created = await OrganizationModule.CreateAdminAsync(services, user, Option(args, "--name") ?? user, password, ct);
            Console.WriteLine($"Đã tạo quản trị viên / administrator created: {created}");
            return 0;
        }
        catch (Exception e) when (e is FluentValidation.ValidationException or BuildingBlocks.Errors.RuleViolationException)
        {
            Console.Error.WriteLine(e.Message);
            return 1;
        }
    }

    private static async Task<int> JobsCommand(IServiceProvider services, string[] args, CancellationToken ct)
    {
        var runner = services.GetRequiredService<Jobs.JobRunner>();
        if (args[0] == "list")
        {
            foreach (var job in runner.Jobs()) Console.WriteLine($"{job.Name,-32} {job.Schedule}");
            return 0;
        }
        if (runner.Find(args[1]) is not { } found)
        {
            Console.Error.WriteLine($"Không có công việc / no such job: {args[1]} (jobs list)");
            return 2;
        }
        await services.GetRequiredService<DatabaseMigrations>().MigrateAsync(ct);
        Console.WriteLine($"Đang chạy / running {found.Name} …");
        var started = System.Diagnostics.Stopwatch.StartNew();
        try
        {
            await runner.RunAsync(found.JobType, ct);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            Console.Error.WriteLine($"Lỗi / failed: {found.Name}: {e.Message}");
            return 1;
        }
        Console.WriteLine($"Xong / done: {found.Name} ({started.Elapsed.TotalSeconds:0.0} s)");
        return 0;
    }

    private static string? Option(string[] args, string name)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }
}
