using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Mvc;
using Microsoft.OpenApi;
using OpsPlan.Api.Protection;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace OpsPlan.Api.OpenApi;

/// <summary>
/// Documents what every endpoint shares, from its metadata rather than by hand: bearer security with 401/403,
/// Idempotency-Key on POST, If-Match with 412 on writes to a versioned resource, ETag on versioned responses, and on
/// every response the rate limit and the CORS origin header.
/// </summary>
internal sealed class StandardHeadersOperationFilter : IOperationFilter
{
    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        var metadata = context.ApiDescription.ActionDescriptor.EndpointMetadata;
        var method = context.ApiDescription.HttpMethod ?? string.Empty;
        operation.Parameters ??= [];
        operation.Responses ??= [];

        if (metadata.OfType<IAuthorizeData>().Any() && !metadata.OfType<IAllowAnonymous>().Any())
        {
            // Either scheme satisfies an operation: OpenAPI lists alternatives as separate requirements.
            operation.Security =
            [
                new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(OpenApiConfiguration.BearerScheme, context.Document)] = [] },
                new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(OpenApiConfiguration.ApiKeyScheme, context.Document)] = [] },
            ];
        }

        if (HttpMethods.IsPost(method))
        {
            operation.Parameters.Add(Header(IdempotencyMiddleware.HeaderName,
                "Makes the POST safe to retry: the same key with the same body within 24 h replays the first response; with another body → 422.",
                maxLength: IdempotencyMiddleware.MaxKeyLength));
        }

        // A body bound as raw JSON (a merge patch, a batch read item by item) documents the shape named by Accepts<T>.
        foreach (var accepts in metadata.OfType<IAcceptsMetadata>().Where(accepts => accepts.RequestType is not null))
        {
            foreach (var contentType in accepts.ContentTypes)
            {
                if (operation.RequestBody?.Content?.TryGetValue(contentType, out var media) == true && media is OpenApiMediaType concrete)
                {
                    concrete.Schema = context.SchemaGenerator.GenerateSchema(accepts.RequestType!, context.SchemaRepository);
                }
            }
        }

        if (metadata.OfType<UsesIfMatch>().Any())
        {
            operation.Parameters.Add(Header("If-Match", "The ETag you last read, such as \"3\" (or a list, any of which may match). A stale one → 412, and nothing changes.", maxLength: 40));
        }

        // The rate limiter and the exception handler stand in front of every operation.
        AddProblem(operation, context, "429", "Too many requests from this client; wait the Retry-After seconds.");
        AddProblem(operation, context, "500", "A bug; the problem carries the traceId to quote. Never a stack trace.");

        foreach (var (status, response) in operation.Responses)
        {
            if (response is not OpenApiResponse concrete)
            {
                continue;
            }

            concrete.Headers ??= new Dictionary<string, IOpenApiHeader>();
            concrete.Headers[ResponseHeadersMiddleware.RateLimitHeader] = ResponseHeader(
                "Requests this client may make per rate-limit window (Protection:RateLimitPermits); beyond it → 429 with Retry-After.", JsonSchemaType.Integer);
            concrete.Headers["Access-Control-Allow-Origin"] = ResponseHeader(
                "Sent to browsers calling from an origin in Protection:CorsOrigins; absent for any other origin.", JsonSchemaType.String);
            if (status is "200" or "201" && ReturnsVersioned(context, status))
            {
                concrete.Headers["ETag"] = ResponseHeader("The resource's version; send it back in If-Match to change it.", JsonSchemaType.String);
            }
        }
    }

    private static bool ReturnsVersioned(OperationFilterContext context, string status) =>
        context.ApiDescription.SupportedResponseTypes.Any(response => response.StatusCode.ToString(System.Globalization.CultureInfo.InvariantCulture) == status
            && response.Type is not null && typeof(IVersioned).IsAssignableFrom(response.Type));

    private static void AddProblem(OpenApiOperation operation, OperationFilterContext context, string status, string description)
    {
        if (operation.Responses!.ContainsKey(status))
        {
            return;
        }

        var problem = new OpenApiMediaType { Schema = context.SchemaGenerator.GenerateSchema(typeof(ProblemDetails), context.SchemaRepository) };
        var response = new OpenApiResponse { Description = description, Content = new Dictionary<string, IOpenApiMediaType> { ["application/problem+json"] = problem } };
        if (status == "429")
        {
            response.Headers = new Dictionary<string, IOpenApiHeader> { ["Retry-After"] = ResponseHeader("Seconds until this client may call again.", JsonSchemaType.Integer) };
        }

        operation.Responses[status] = response;
    }

    private static OpenApiHeader ResponseHeader(string description, JsonSchemaType type)
    {
        var schema = new OpenApiSchema { Type = type };
        LimitsSchemaFilter.Bound(schema, null);
        return new OpenApiHeader { Description = description, Schema = schema };
    }

    private static OpenApiParameter Header(string name, string description, int? maxLength = null) => new()
    {
        Name = name,
        In = ParameterLocation.Header,
        Required = false,
        Description = description,
        Schema = new OpenApiSchema { Type = JsonSchemaType.String, MaxLength = maxLength },
    };
}

/// <summary>Endpoint metadata: this write honours If-Match.</summary>
internal sealed class UsesIfMatch
{
    public static readonly UsesIfMatch Instance = new();
}
