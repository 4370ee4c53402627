using System.Collections.Concurrent;
using System.Reflection;
using OpsPlan.Api.Errors;

namespace OpsPlan.Api.Protection;

/// <summary>
/// A time in a query string (<c>updatedSince</c>, <c>from</c>…) carries its zone, as in a body: the framework's
/// binding would read <c>2026-11-20T14:02</c> in the server's own zone. Which parameters are times is read once per
/// endpoint from its handler's signature, so endpoints added later are covered too.
/// </summary>
internal sealed class ZonedQueryTimesMiddleware(RequestDelegate next, ProblemResponses problems)
{
    private static readonly ConcurrentDictionary<Endpoint, string[]> TimeParameters = new();

    public async Task InvokeAsync(HttpContext context)
    {
        if (context.Request.QueryString.HasValue && context.GetEndpoint() is { } endpoint)
        {
            var unzoned = TimeParameters.GetOrAdd(endpoint, TimesOf)
                .FirstOrDefault(name => context.Request.Query[name].Any(value => value is not null && !ZonedDateTimeConverter.IsZoned(value)));
            if (unzoned is not null)
            {
                await problems.WriteAsync(context, StatusCodes.Status400BadRequest, "Invalid request", "One or more fields are invalid.", "validation",
                    new Dictionary<string, string[]> { [unzoned] = [ZonedDateTimeConverter.Explanation] });
                return;
            }
        }

        await next(context);
    }

    private static string[] TimesOf(Endpoint endpoint) =>
        endpoint.Metadata.GetMetadata<MethodInfo>()?.GetParameters()
            .Where(parameter => (Nullable.GetUnderlyingType(parameter.ParameterType) ?? parameter.ParameterType) is var type
                && (type == typeof(DateTimeOffset) || type == typeof(DateTime)))
            .Select(parameter => parameter.Name!)
            .ToArray() ?? [];
}
