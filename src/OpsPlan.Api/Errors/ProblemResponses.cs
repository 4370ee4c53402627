using Microsoft.AspNetCore.Mvc;

namespace OpsPlan.Api.Errors;

/// <summary>Writes RFC 9457 problem details through the framework's writer, so every problem has the same shape and a traceId.</summary>
internal sealed class ProblemResponses(IProblemDetailsService problemDetailsService)
{
    public async Task WriteAsync(HttpContext context, int status, string title, string detail, string? code = null,
        IReadOnlyDictionary<string, string[]>? errors = null, IReadOnlyList<string>? reasons = null)
    {
        var problem = new ProblemDetails { Status = status, Title = title, Detail = detail };
        if (code is not null)
        {
            problem.Extensions["code"] = code;
        }

        if (errors is not null)
        {
            problem.Extensions["errors"] = errors;
        }

        if (reasons is { Count: > 0 })
        {
            problem.Extensions["reasons"] = reasons;
        }

        context.Response.StatusCode = status;
        await problemDetailsService.WriteAsync(new ProblemDetailsContext { HttpContext = context, ProblemDetails = problem });
    }
}
