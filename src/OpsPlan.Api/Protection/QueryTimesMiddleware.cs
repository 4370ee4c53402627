using System.Collections.Concurrent;
using System.Globalization;
using System.Reflection;
using OpsPlan.Api.Errors;
using OpsPlan.BuildingBlocks.Application.Validation;

namespace OpsPlan.Api.Protection;

/// <summary>
/// Times and dates in a query string follow the rules of a body: a time (<c>updatedSince</c>, <c>from</c>…) carries
/// its zone, since the framework's binding would read <c>2026-11-20T14:02</c> in the server's own zone, and a date
/// lies within <see cref="DateBounds"/>. Which parameters are times or dates is read once per endpoint from its
/// handler's signature, so endpoints added later are covered too.
/// </summary>
internal sealed class QueryTimesMiddleware(RequestDelegate next, ProblemResponses problems)
{
    private static readonly ConcurrentDictionary<Endpoint, TimeParameter[]> Parameters = new();

    public async Task InvokeAsync(HttpContext context)
    {
        if (context.Request.QueryString.HasValue && context.GetEndpoint() is { } endpoint)
        {
            var errors = Parameters.GetOrAdd(endpoint, ParametersOf)
                .Where(parameter => context.Request.Query[parameter.Name].Any(value => value is not null && !parameter.Accepts(value)))
                .ToDictionary(parameter => parameter.Name, parameter => new[] { parameter.Explanation });
            if (errors.Count > 0)
            {
                await problems.WriteAsync(context, StatusCodes.Status400BadRequest, "Invalid request", "One or more fields are invalid.", "validation", errors);
                return;
            }
        }

        await next(context);
    }

    private static TimeParameter[] ParametersOf(Endpoint endpoint) =>
        endpoint.Metadata.GetMetadata<MethodInfo>()?.GetParameters()
            .Select(parameter => (Nullable.GetUnderlyingType(parameter.ParameterType) ?? parameter.ParameterType) switch
            {
                var type when type == typeof(DateTimeOffset) || type == typeof(DateTime) => new TimeParameter(parameter.Name!, ZonedDateTimeConverter.IsZoned, ZonedDateTimeConverter.Explanation),
                var type when type == typeof(DateOnly) => new TimeParameter(parameter.Name!, IsDateWithinBounds, DateBounds.Explanation),
                _ => null,
            })
            .OfType<TimeParameter>()
            .ToArray() ?? [];

    // A malformed date is left to the framework's binding, which refuses it with its own 400.
    private static bool IsDateWithinBounds(string value) =>
        !DateOnly.TryParse(value, CultureInfo.InvariantCulture, out var day) || (day >= DateBounds.Earliest && day <= DateBounds.Latest);

    private sealed record TimeParameter(string Name, Func<string, bool> Accepts, string Explanation);
}
