using OpsPlan.BuildingBlocks.Persistence;
using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics;
using OpsPlan.BuildingBlocks.Application.Errors;
using OpsPlan.BuildingBlocks.Domain;
using OpsPlan.BuildingBlocks.Idempotency;

namespace OpsPlan.Api.Errors;

/// <summary>
/// Maps every exception to a problem response, in every environment. Only our own messages reach the caller:
/// never a stack trace, SQL, or a library's exception text.
/// </summary>
internal sealed class ProblemDetailsExceptionHandler(
    ProblemResponses problems, Microsoft.Extensions.Options.IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions> jsonOptions, ILogger<ProblemDetailsExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if ((exception as JsonException ?? exception.InnerException as JsonException) is { } json)
        {
            await problems.WriteAsync(httpContext, StatusCodes.Status400BadRequest, "Malformed request body",
                "The request body is not valid JSON for this operation.", "malformed-body", await JsonBodyDiagnosis.OfAsync(httpContext, json, jsonOptions.Value.SerializerOptions));
            return true;
        }

        switch (exception)
        {
            case RequestValidationException validation:
                await problems.WriteAsync(httpContext, StatusCodes.Status400BadRequest, "Invalid request", "One or more fields are invalid.", "validation", validation.Errors);
                break;
            case BadHttpRequestException badRequest:
                await problems.WriteAsync(httpContext, badRequest.StatusCode, "Bad request", DescribeBadRequest(badRequest), "bad-request");
                break;
            case NotFoundException notFound:
                await problems.WriteAsync(httpContext, StatusCodes.Status404NotFound, "Not found", notFound.Message, "not-found");
                break;
            case PreconditionFailedException stale:
                await problems.WriteAsync(httpContext, StatusCodes.Status412PreconditionFailed, "Precondition failed", stale.Message, "stale-version");
                break;
            case IdempotencyKeyReusedException reused:
                await problems.WriteAsync(httpContext, StatusCodes.Status422UnprocessableEntity, "Idempotency-Key reused", reused.Message, IdempotencyKeyReusedException.Code);
                break;
            case SecretNotReplayedException withheld:
                if (withheld.RecordId is { } id)
                {
                    httpContext.Response.Headers.Location = $"{httpContext.Request.Path}/{id}";
                }

                await problems.WriteAsync(httpContext, StatusCodes.Status409Conflict, "Secret not replayed", withheld.Message, SecretNotReplayedException.Code);
                break;
            case BusinessRuleException rule:
                await problems.WriteAsync(httpContext, StatusCodes.Status409Conflict, "Conflict", rule.Message, rule.Code, reasons: rule.Reasons);
                break;
            case var overflow when ArithmeticOverflow.Is(overflow):
                await problems.WriteAsync(httpContext, StatusCodes.Status409Conflict, "Amounts too large",
                    "The amounts involved add up to more than a total can hold; nothing was written.", ArithmeticOverflow.Code);
                break;
            default:
                logger.LogError(exception, "Unhandled exception for {Method} {Path}", httpContext.Request.Method, httpContext.Request.Path);
                await problems.WriteAsync(httpContext, StatusCodes.Status500InternalServerError, "Internal server error",
                    "An unexpected error occurred. Quote the traceId when you report it.");
                break;
        }

        return true;
    }

    private static string DescribeBadRequest(BadHttpRequestException exception) => exception.StatusCode switch
    {
        StatusCodes.Status413PayloadTooLarge => "The request body is too large.",
        StatusCodes.Status415UnsupportedMediaType => "Send the body as application/json.",
        _ when exception.Message.StartsWith("Failed to bind parameter", StringComparison.Ordinal)
            || exception.Message.StartsWith("Required parameter", StringComparison.Ordinal) => ParameterProblem(exception.Message),
        _ => "The request could not be read.",
    };

    // The framework's message names the parameter and the value; only the parameter's name is passed on.
    private static string ParameterProblem(string message)
    {
        var start = message.IndexOf('"', StringComparison.Ordinal);
        var end = start < 0 ? -1 : message.IndexOf('"', start + 1);
        var declaration = start >= 0 && end > start ? message[(start + 1)..end] : string.Empty;
        var name = declaration.Split(' ', StringSplitOptions.RemoveEmptyEntries).LastOrDefault();
        return name is null ? "A parameter is missing or malformed." : $"The parameter '{name}' is missing or malformed.";
    }
}
