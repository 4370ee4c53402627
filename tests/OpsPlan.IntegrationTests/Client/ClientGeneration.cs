using NJsonSchema.CodeGeneration.CSharp;
using NSwag;
using NSwag.CodeGeneration.CSharp;
using OpsPlan.IntegrationTests.Infrastructure;

namespace OpsPlan.IntegrationTests.Client;

/// <summary>How the C# client is generated from the OpenAPI document: NSwag, as an integrator would run it.</summary>
internal static class ClientGeneration
{
    public static string CommittedPath => Path.Combine(Repository.Root(), "tests", "OpsPlan.IntegrationTests", "Client", "OpsPlanClient.g.cs");

    public static async Task<string> GenerateAsync(string documentJson)
    {
        var document = await OpenApiDocument.FromJsonAsync(documentJson);
        var settings = new CSharpClientGeneratorSettings
        {
            ClassName = "OpsPlanClient",
            GenerateClientInterfaces = false,
            UseBaseUrl = false,
            GenerateOptionalParameters = true,
            // NSwag's default ("s") drops the zone, which the API refuses in a query time: send ISO 8601 with its offset.
            ParameterDateTimeFormat = "o",
            CSharpGeneratorSettings =
            {
                Namespace = "OpsPlan.IntegrationTests.Client.Generated",
                JsonLibrary = CSharpJsonLibrary.NewtonsoftJson,
                GenerateNullableReferenceTypes = true,
                DateType = "System.DateTimeOffset",
                DateTimeType = "System.DateTimeOffset",
            },
        };
        return new CSharpClientGenerator(document, settings).GenerateFile().ReplaceLineEndings("\n");
    }
}
