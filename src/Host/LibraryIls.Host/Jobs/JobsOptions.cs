namespace LibraryIls.Host.Jobs;

/// <summary>The <c>Jobs</c> configuration section.</summary>
internal sealed class JobsOptions
{
    public const string Section = "Jobs";

    /// <summary>Run the scheduler in this process. Off for a pure command-line run.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>
    /// Several API nodes share one job store and each job runs on one node only (Quartz clustering;
    /// SQL Server and PostgreSQL only — SQLite is a single-node database).
    /// </summary>
    public bool Clustered { get; set; }
}
