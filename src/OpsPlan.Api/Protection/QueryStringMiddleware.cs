using System.Collections.Concurrent;
using System.Globalization;
using System.Reflection;
using OpsPlan.Api.Errors;
using OpsPlan.BuildingBlocks.Application.Validation;

namespace OpsPlan.Api.Protection;

/// <summary>
/// The query string follows the rules of a body: a parameter the operation does not take is a 400 naming it (a
/// misspelt <c>sort</c> or <c>levle</c> must not silently return everything), a time (<c>updatedSince</c>, <c>from</c>…)
/// carries its zone, since the framework's binding would read <c>2026-11-20T14:02</c> in the server's own zone, and a
/// date lies within <see cref="DateBounds"/>. What an operation takes is read once per endpoint from its handler's
/// signature, so endpoints added later are covered too.
/// </summary>
internal sealed class QueryStringMiddleware(RequestDelegate next, ProblemResponses problems)
{
    private static readonly ConcurrentDictionary<Endpoint, QueryParameters?> Operations = new();

    public async Task InvokeAsync(HttpContext context)
    {
        if (context.Request.QueryString.HasValue && context.GetEndpoint() is { } endpoint && Operations.GetOrAdd(endpoint, QueryParameters.Of) is { } parameters)
        {
            var errors = new Dictionary<string, string[]>();
            foreach (var (name, values) in context.Request.Query)
            {
                if (!parameters.Checks.TryGetValue(name, out var check))
                {
                    errors[FieldPath.Of(name)] = [parameters.Unknown];
                }
                else if (check is not null && values.Any(value => value is not null && !check.Accepts(value)))
                {
                    errors[check.Name] = [check.Explanation];
                }
            }

            if (errors.Count > 0)
            {
                await problems.WriteAsync(context, StatusCodes.Status400BadRequest, "Invalid request", "One or more fields are invalid.", "validation", errors);
                return;
            }
        }

        await next(context);
    }

    private sealed record ValueCheck(string Name, Func<string, bool> Accepts, string Explanation);

    /// <summary>The query parameters of one operation, each with the check its values pass (null: the binding's own).</summary>
    private sealed record QueryParameters(IReadOnlyDictionary<string, ValueCheck?> Checks, string Unknown)
    {
        private static readonly HashSet<Type> Simple = [typeof(string), typeof(Guid), typeof(DateTime), typeof(DateTimeOffset), typeof(DateOnly), typeof(decimal)];

        // Endpoints without a handler method (health checks, Swagger) are left alone.
        public static QueryParameters? Of(Endpoint endpoint)
        {
            if (endpoint.Metadata.GetMetadata<MethodInfo>() is not { } handler)
            {
                return null;
            }

            var route = (endpoint as RouteEndpoint)?.RoutePattern.Parameters.Select(parameter => parameter.Name).ToHashSet(StringComparer.OrdinalIgnoreCase) ?? [];
            var checks = handler.GetParameters()
                .Where(parameter => parameter.Name is not null && !route.Contains(parameter.Name) && IsQueryValue(parameter.ParameterType))
                .ToDictionary(parameter => parameter.Name!, CheckOf, StringComparer.OrdinalIgnoreCase);
            var accepted = checks.Count == 0 ? "none" : string.Join(", ", checks.Keys);
            return new QueryParameters(checks, $"This operation takes no such parameter; it takes: {accepted}.");
        }

        private static bool IsQueryValue(Type type)
        {
            var element = type.IsArray ? type.GetElementType()! : type;
            element = Nullable.GetUnderlyingType(element) ?? element;
            return element.IsPrimitive || element.IsEnum || Simple.Contains(element);
        }

        private static ValueCheck? CheckOf(ParameterInfo parameter) =>
            (Nullable.GetUnderlyingType(parameter.ParameterType) ?? parameter.ParameterType) switch
            {
                var type when type == typeof(DateTimeOffset) || type == typeof(DateTime) =>
                    new ValueCheck(parameter.Name!, ZonedDateTimeConverter.IsZoned, ZonedDateTimeConverter.Explanation),
                var type when type == typeof(DateOnly) => new ValueCheck(parameter.Name!, IsDateWithinBounds, DateBounds.Explanation),
                _ => null,
            };

        // A malformed date is left to the framework's binding, which refuses it with its own 400.
        private static bool IsDateWithinBounds(string value) =>
            !DateOnly.TryParse(value, CultureInfo.InvariantCulture, out var day) || (day >= DateBounds.Earliest && day <= DateBounds.Latest);
    }
}
