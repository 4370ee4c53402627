using System.Text.Json.Nodes;
using Microsoft.OpenApi;
using OpsPlan.Api.Errors;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace OpsPlan.Api.OpenApi;

/// <summary>
/// One typed schema for every problem body (RFC 9457 with our <c>code</c>, <c>errors</c>, <c>reasons</c> and
/// <c>traceId</c>), in place of the framework's two untyped ones, and a realistic example for each status.
/// </summary>
internal sealed class ProblemSchemaDocumentFilter : IDocumentFilter
{
    public const string SchemaName = "Problem";
    private const string MediaType = "application/problem+json";
    private const string TraceId = "4bf92f3577b34da6a3ce929d0e0e4736";

    public void Apply(OpenApiDocument swaggerDoc, DocumentFilterContext context)
    {
        var schemas = swaggerDoc.Components!.Schemas!;
        schemas.Remove("ProblemDetails");
        schemas.Remove("HttpValidationProblemDetails");
        schemas[SchemaName] = Schema();
        swaggerDoc.Components.Responses ??= new Dictionary<string, IOpenApiResponse>();
        var shared = new Dictionary<(string Status, string? Description), string>();
        foreach (var operation in swaggerDoc.Paths.Values.SelectMany(item => item.Operations?.Values.AsEnumerable() ?? []))
        {
            foreach (var (status, response) in operation.Responses?.ToList() ?? [])
            {
                if (response is OpenApiResponse concrete && concrete.Content?.TryGetValue(MediaType, out var media) == true && media is OpenApiMediaType problem)
                {
                    operation.Responses![status] = new OpenApiResponseReference(Shared(swaggerDoc, shared, status, concrete, problem), swaggerDoc);
                }
            }
        }
    }

    /// <summary>Problem responses are the same for most operations: each distinct one is written once, under components/responses.</summary>
    private static string Shared(OpenApiDocument document, Dictionary<(string, string?), string> shared, string status, OpenApiResponse response, OpenApiMediaType problem)
    {
        if (shared.TryGetValue((status, response.Description), out var name))
        {
            return name;
        }

        var reason = Microsoft.AspNetCore.WebUtilities.ReasonPhrases.GetReasonPhrase(int.Parse(status, System.Globalization.CultureInfo.InvariantCulture)).Replace(" ", "", StringComparison.Ordinal);
        var count = shared.Keys.Count(key => key.Item1 == status);
        name = count == 0 ? reason : $"{reason}{count + 1}";
        problem.Schema = new OpenApiSchemaReference(SchemaName, document);
        problem.Example = Example(status);
        document.Components!.Responses![name] = response;
        shared[(status, response.Description)] = name;
        return name;
    }

    private static OpenApiSchema Schema() => new()
    {
        Type = JsonSchemaType.Object,
        Description = "An RFC 9457 problem: what went wrong, in a sentence and as a stable code, with the server's trace id to quote.",
        Required = new SortedSet<string>(["type", "title", "status", "detail", "instance", "code", "traceId"], StringComparer.Ordinal),
        Properties = new Dictionary<string, IOpenApiSchema>
        {
            ["type"] = Text("A URI naming the kind of problem (the RFC section of its status).", 200),
            ["title"] = Text("A short summary, the same for every occurrence of this kind.", 200),
            ["status"] = new OpenApiSchema { Type = JsonSchemaType.Integer, Format = "int32", Minimum = "400", Maximum = "599", Description = "The HTTP status." },
            ["detail"] = Text("What went wrong in this request, in a sentence.", 4000),
            ["instance"] = Text("The path of the request.", 2000),
            ["code"] = Text("A stable, machine-readable code: validation, not-found, stale-version, rate-limited, idempotency.key-reused, …", 100),
            ["errors"] = new OpenApiSchema
            {
                Type = JsonSchemaType.Object,
                Description = "For 400: each invalid field (a JSON path or parameter name) with what is wrong with it.",
                AdditionalProperties = new OpenApiSchema { Type = JsonSchemaType.Array, MaxItems = 50, Items = Text(null, 4000) },
            },
            ["reasons"] = new OpenApiSchema { Type = JsonSchemaType.Array, MaxItems = 50, Items = Text(null, 4000), Description = "For 409: every rule the request broke." },
            ["traceId"] = Text("The server's trace id of this request (32 hex digits, as in its logs and the audit trail): quote it when reporting a problem.", 55),
        },
    };

    private static OpenApiSchema Text(string? description, int maxLength) => new() { Type = JsonSchemaType.String, MaxLength = maxLength, Description = description };

    private static JsonObject Example(string status)
    {
        var (title, detail, code, extra) = status switch
        {
            "400" => ("Invalid request", "One or more fields are invalid.", "validation",
                new JsonObject { ["errors"] = new JsonObject { ["title"] = new JsonArray("'Title' must not be empty.") } }),
            "401" => ("Unauthorized", "Authenticate with a valid bearer token or API key.", "unauthenticated", null),
            "403" => ("Forbidden", "Your role does not allow this operation.", "forbidden", null),
            "404" => ("Not found", "No record exists with this id.", "not-found", null),
            "409" => ("Conflict", "The request breaks a business rule.", "rule-violated",
                new JsonObject { ["reasons"] = new JsonArray("A closed record cannot change.") }),
            "412" => ("Precondition failed", "The record changed since you read it: read it again and retry with its new ETag.", "stale-version", null),
            "413" => ("Request body too large", "Request bodies are limited to 2097152 bytes.", "body-too-large", null),
            "415" => ("Unsupported media type", "Send the body as application/json.", "unsupported-media-type", null),
            "422" => ("Idempotency-Key reused", "This Idempotency-Key was already used with a different request. Use a new key for a new request.", "idempotency.key-reused", null),
            "429" => ("Too many requests", "This client may make 1200 requests per 60 s. Retry after the Retry-After seconds.", "rate-limited", null),
            _ => ("Internal server error", "An unexpected error occurred. Quote the traceId when you report it.", "internal-error", null),
        };
        var example = new JsonObject
        {
            ["type"] = ProblemDefaults.TypeOf(int.Parse(status, System.Globalization.CultureInfo.InvariantCulture)),
            ["title"] = title,
            ["status"] = int.Parse(status, System.Globalization.CultureInfo.InvariantCulture),
            ["detail"] = detail,
            ["instance"] = "/api/v1/risk/risks",
            ["code"] = code,
        };
        foreach (var (name, value) in extra ?? [])
        {
            example[name] = value?.DeepClone();
        }

        example["traceId"] = TraceId;
        return example;
    }
}
