using FluentValidation;
using LibraryIls.BuildingBlocks.Errors;
using LibraryIls.BuildingBlocks.Localization;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace LibraryIls.Host.Api;

/// <summary>
/// Turns what went wrong into ProblemDetails: rules → 409 with a stable code, missing → 404, other
/// sites → 403, unreadable input → 400, anything else → 500 with no stack trace.
/// </summary>
internal sealed class ErrorResponses(IProblemDetailsService problems, ILogger<ErrorResponses> log) : IExceptionHandler
{
    private static readonly Bilingual Unexpected = new(
        "Đã xảy ra lỗi không mong muốn. Vui lòng thử lại hoặc báo cho quản trị hệ thống.",
        "An unexpected error occurred. Please try again or tell the system administrator.");

    private static readonly Bilingual ConcurrentChange = new(
        "Dữ liệu vừa được người khác thay đổi. Hãy tải lại rồi thử lại.",
        "Someone else changed this data meanwhile. Reload and try again.");

    private static readonly Bilingual BadInput = new(
        "Yêu cầu không đọc được: dữ liệu gửi lên sai định dạng.", "The request could not be read: malformed input.");

    public async ValueTask<bool> TryHandleAsync(HttpContext http, Exception exception, CancellationToken ct)
    {
        var problem = exception switch
        {
            RuleViolationException rule => Problem(StatusCodes.Status409Conflict, rule.Text.Current, rule.Code, details: rule.Details),
            NotFoundException missing => Problem(StatusCodes.Status404NotFound, missing.Text.Current, "NOT_FOUND"),
            ForbiddenException forbidden => Problem(StatusCodes.Status403Forbidden, forbidden.Text.Current, "OUTSIDE_YOUR_SITES"),
            ValidationException invalid => new ValidationProblemDetails(invalid.Errors
                    .GroupBy(e => e.PropertyName).ToDictionary(g => g.Key, g => g.Select(e => e.ErrorMessage).ToArray()))
                { Status = StatusCodes.Status400BadRequest },
            DbUpdateConcurrencyException => Problem(StatusCodes.Status409Conflict, ConcurrentChange.Current, "CONCURRENT_CHANGE"),
            BadHttpRequestException bad => Problem(bad.StatusCode, BadInput.Current, "BAD_REQUEST", bad.Message),
            _ => null,
        };
        if (problem is null)
        {
            log.LogError(exception, "Unhandled error on {Method} {Path}", http.Request.Method, http.Request.Path);
            problem = Problem(StatusCodes.Status500InternalServerError, Unexpected.Current, "UNEXPECTED");
        }
        http.Response.StatusCode = problem.Status ?? 500;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = http,
            ProblemDetails = problem,
            Exception = problem.Status >= 500 ? null : exception,
        });
    }

    private static ProblemDetails Problem(int status, string title, string code, string? detail = null, object? details = null)
    {
        var problem = new ProblemDetails { Status = status, Title = title, Detail = detail };
        problem.Extensions["code"] = code;
        if (details is not null) problem.Extensions["details"] = details;
        return problem;
    }
}
