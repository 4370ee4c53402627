using Microsoft.Extensions.Options;

namespace OpsPlan.Api.Errors;

/// <summary>
/// Writes a problem as <c>application/problem+json</c> whatever the request's Accept header asks for. The framework's
/// own writer declines a client that accepts only another type (XML, say); with no writer left, the error handler
/// itself failed and the client got a 500 without a body. Registered after it, so it only takes what it declines.
/// </summary>
internal sealed class ProblemJsonWriter(IOptions<ProblemDetailsOptions> problemOptions, IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions> jsonOptions) : IProblemDetailsWriter
{
    public bool CanWrite(ProblemDetailsContext context) => true;

    // As object, so a subtype (a validation problem with its errors) keeps its own properties.
    public ValueTask WriteAsync(ProblemDetailsContext context)
    {
        problemOptions.Value.CustomizeProblemDetails?.Invoke(context);
        var response = context.HttpContext.Response;
        return new ValueTask(response.WriteAsJsonAsync<object>(context.ProblemDetails, jsonOptions.Value.SerializerOptions, "application/problem+json"));
    }
}
