using OpsPlan.Modules.Access.Contracts.ApiKeys;

namespace OpsPlan.Api.Endpoints.Admin;

internal static class AccessExamples
{
    private static readonly ApiKeyDto Key = new()
    {
        Id = Guid.Parse("019a5f60-7a1b-7c2d-8e3f-405162738495"),
        Name = "CRM nightly sync",
        Roles = ["integrator"],
        Prefix = "opk_Xq3vT9aB",
        CreatedAt = new DateTime(2026, 11, 24, 9, 0, 0, DateTimeKind.Utc),
        CreatedBy = "admin@example.com",
    };

    public static void Register(ExampleCatalog examples) => examples
        .Add(new CreateApiKeyCommand("CRM nightly sync", ["integrator"]))
        .Add(Key)
        .Add(new CreatedApiKeyDto(Key, "opk_Xq3vT9aB-example-shown-once-0123456789abcdefghij"));
}
