using Microsoft.OpenApi;
using OpsPlan.BuildingBlocks.Modules;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace OpsPlan.Api.OpenApi;

internal static class OpenApiConfiguration
{
    public const string BearerScheme = "bearer";
    public const string ApiKeyScheme = "apiKey";

    public static void Configure(SwaggerGenOptions options)
    {
        options.SwaggerDoc("v1", new OpenApiInfo
        {
            Title = "OpsPlan API",
            Version = "v1",
            Description = "The operations back end: " + string.Join(", ", Composition.Modules.All.Select(module => module.Name)) + ". "
                + "Authorize with a bearer token (in Development: `dotnet run --project src/OpsPlan.Api -- token --role admin`).",
        });
        options.AddSecurityDefinition(BearerScheme, new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.Http,
            Scheme = "bearer",
            BearerFormat = "JWT",
            Description = "A JWT signed with the server's key (HS256 only), roles in its `role` claim. Validated as RFC8725 recommends: "
                + "one allowed algorithm, issuer, audience and lifetime checked.",
        });
        options.AddSecurityDefinition(ApiKeyScheme, new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.ApiKey,
            In = ParameterLocation.Header,
            Name = "X-Api-Key",
            Description = "An integrator's API key, issued by an admin at /api/v1/admin/api-keys.",
        });
        // The contracts' own summaries describe their schemas (a segment condition's fields and operators, a page's sync
        // cursor), so Swagger UI says what the modules and the building blocks document (GenerateDocumentationFile).
        foreach (var contracts in Composition.Modules.All.Select(api => api.Module.Descriptor.ContractsAssembly).Append(typeof(IModule).Assembly).Distinct())
        {
            options.IncludeXmlComments(contracts);
        }

        options.OperationFilter<StandardHeadersOperationFilter>();
        options.DocumentFilter<NullableReferenceDocumentFilter>();
        options.DocumentFilter<LimitsSchemaFilter>();
        options.DocumentFilter<ResponseShapesDocumentFilter>();
        options.DocumentFilter<SharedHeadersDocumentFilter>();
        options.DocumentFilter<ProblemSchemaDocumentFilter>();
        options.DocumentFilter<TagsDocumentFilter>();
        options.ParameterFilter<EnumValuesParameterFilter>();
        options.ParameterFilter<NullableQueryParameterFilter>();
        options.ParameterFilter<QueryParameterDescriptions>();
        options.SchemaFilter<MoneySchema>();
        options.SchemaFilter<ExampleSchemaFilter>();
        // The validators' bounds first: the global caps fill in only what no rule states.
        options.SchemaFilter<ValidationRulesSchemaFilter>();
        options.SchemaFilter<LimitsSchemaFilter>();
        options.ParameterFilter<LimitsSchemaFilter>();
        options.SupportNonNullableReferenceTypes();
        // A nullable reference to another schema needs allOf in OpenAPI 3.0; without it, null examples are invalid.
        options.UseAllOfToExtendReferenceSchemas();
        options.CustomSchemaIds(type => type.FullName!.Replace("+", ".", StringComparison.Ordinal).Split('.').Last() is var name
            && type.IsGenericType ? SchemaIdOfGeneric(type) : name);
    }

    private static string SchemaIdOfGeneric(Type type) =>
        type.Name[..type.Name.IndexOf('`', StringComparison.Ordinal)] + "Of" + string.Concat(type.GetGenericArguments().Select(argument => argument.Name));
}
