using OpsPlan.Api.OpenApi;
using OpsPlan.Modules.Finance.Contracts.CostCenters;

namespace OpsPlan.Api.Endpoints.Finance;

internal static class FinanceExamples
{
    private static readonly Guid Marketing = Guid.Parse("019a5f70-0a1b-7c2d-8e3f-5a6b7c8d9e01");

    public static void Register(ExampleCatalog examples) => examples
        .Add(new CreateCostCenterCommand("MKT-EU", "Marketing Europe", "cmo@example.com", Marketing))
        .Add(new CostCenterRequest("Marketing Europe and Africa", "cmo@example.com", Marketing, false))
        .Add(new CostCenterDto
        {
            Id = Guid.Parse("019a5f71-1b2c-7d3e-8f40-6b7c8d9e0f12"),
            Code = "MKT-EU",
            Name = "Marketing Europe",
            Owner = "cmo@example.com",
            ParentId = Marketing,
            Archived = false,
            CreatedAt = new DateTime(2026, 11, 1, 8, 0, 0, DateTimeKind.Utc),
            UpdatedAt = new DateTime(2026, 11, 1, 8, 0, 0, DateTimeKind.Utc),
            Version = 1,
        });
}
