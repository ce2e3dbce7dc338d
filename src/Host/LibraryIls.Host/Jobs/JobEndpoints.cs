using System.Security.Claims;
using LibraryIls.BuildingBlocks.Errors;
using LibraryIls.BuildingBlocks.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace LibraryIls.Host.Jobs;

/// <summary>/api/jobs: the scheduled jobs, and running one now (Admin).</summary>
internal static class JobEndpoints
{
    public static void MapJobs(this WebApplication app)
    {
        var jobs = app.MapGroup("/api/jobs").WithTags("Jobs").RequireAuthorization(p => p.RequireRole(Roles.Admin));

        jobs.MapGet("/", (JobRunner runner) => TypedResults.Ok(runner.Jobs()))
            .WithName("ScheduledJobs").WithSummary("The scheduled jobs with the schedule in force (Quartz cron, Vietnam time).");

        jobs.MapPost("/{name}/runs", Accepted<JobRunResponse> (string name, JobRunner runner, ClaimsPrincipal user) =>
            {
                var job = runner.Find(name) ?? throw NotFoundException.Of("công việc", "Job", name);
                var run = runner.Start(job, user.Identity?.Name ?? "?");
                return TypedResults.Accepted($"/api/jobs/runs/{run.Id}", run);
            })
            .WithName("RunJobNow").WithSummary("Runs a scheduled job now, in the background; follow it at the Location returned.")
            .ProducesProblem(StatusCodes.Status404NotFound);

        jobs.MapGet("/runs/{id:guid}", (Guid id, JobRunner runner) =>
                TypedResults.Ok(runner.Run(id) ?? throw NotFoundException.Of("lần chạy", "Job run", id)))
            .WithName("JobRun").WithSummary("A run started through the API: Running, then Succeeded or Failed with the reason.")
            .ProducesProblem(StatusCodes.Status404NotFound);
    }
}
