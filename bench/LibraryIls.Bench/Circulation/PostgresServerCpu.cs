using Npgsql;

namespace LibraryIls.Bench.Circulation;

/// <summary>
/// CPU time of the PostgreSQL server when it runs on this machine (Linux /proc): the postmaster's children alive now
/// (backends, autovacuum, WAL writer) plus what its children that already ended left in the postmaster's own account.
/// A desk scan costs PostgreSQL CPU as well as the API's, and on a small machine they share the cores.
/// </summary>
internal sealed class PostgresServerCpu
{
    private readonly int _postmaster;

    private PostgresServerCpu(int postmaster) => _postmaster = postmaster;

    /// <summary>Null when the server is not a process on this machine that this user may read.</summary>
    public static async Task<PostgresServerCpu?> FindAsync(string connectionString)
    {
        try
        {
            await using var db = new NpgsqlConnection(connectionString);
            await db.OpenAsync();
            await using var command = new NpgsqlCommand("SELECT pg_backend_pid()", db);
            var backend = (int)(await command.ExecuteScalarAsync())!;
            var postmaster = int.Parse(Fields(backend)[1]); // ppid
            return Fields(postmaster)[0] == "postgres" || Fields(postmaster)[0] == "postmaster" ? new PostgresServerCpu(postmaster) : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException or IndexOutOfRangeException)
        {
            return null;
        }
    }

    /// <summary>Milliseconds of CPU the server has used so far.</summary>
    public double Milliseconds()
    {
        var ticks = Ticks(_postmaster, withEndedChildren: true);
        foreach (var task in Directory.GetDirectories($"/proc/{_postmaster}/task"))
            foreach (var child in File.ReadAllText(Path.Combine(task, "children")).Split(' ', StringSplitOptions.RemoveEmptyEntries))
                ticks += Ticks(int.Parse(child), withEndedChildren: false);
        return ticks * 1000.0 / TicksPerSecond;
    }

    private static long Ticks(int pid, bool withEndedChildren)
    {
        string[] f;
        try
        {
            f = Fields(pid);
        }
        catch (IOException)
        {
            return 0; // ended a moment ago: its time is now in the postmaster's account
        }
        // After "(comm)": state is field 3 of stat, so utime, stime, cutime, cstime (14–17) are at 11–14 here.
        var own = long.Parse(f[11]) + long.Parse(f[12]);
        return withEndedChildren ? own + long.Parse(f[13]) + long.Parse(f[14]) : own;
    }

    /// <summary>/proc/PID/stat as [0] the command name, then the fields from ppid on: [1] ppid … [11] utime, [12] stime, [13] cutime, [14] cstime.</summary>
    private static string[] Fields(int pid)
    {
        var stat = File.ReadAllText($"/proc/{pid}/stat");
        var open = stat.IndexOf('(');
        var close = stat.LastIndexOf(')');
        return [stat[(open + 1)..close], .. stat[(close + 2)..].Split(' ').Skip(1)];
    }

    /// <summary>USER_HZ, 100 on every Linux the bench runs on.</summary>
    private const double TicksPerSecond = 100;
}
