using OpsPlan.Modules.Risk.Contracts;
using OpsPlan.Modules.Risk.Contracts.Mitigations;
using OpsPlan.Modules.Risk.Contracts.Views;

namespace OpsPlan.Api.Endpoints.Risk;

internal static class MitigationExamples
{
    public static void Register(ExampleCatalog examples) => examples
        .Add(new MitigationRequest("Contract a second card processor and route 30% of traffic to it.", "cto@example.com", new DateOnly(2026, 12, 31)))
        .Add(new MitigationStatusTransitionRequest(MitigationStatus.InProgress, "Contract signed."))
        .Add(new MitigationDto
        {
            Id = Guid.Parse("019a5f41-22aa-7d10-9c3e-5b6a7c8d9e0f"),
            RiskId = Guid.Parse("019a5f3e-8d2c-7b41-9e0a-3c5d7f9b1a2e"),
            Action = "Contract a second card processor and route 30% of traffic to it.",
            Owner = "cto@example.com",
            DueDate = new DateOnly(2026, 12, 31),
            Status = MitigationStatus.InProgress,
            Overdue = false,
            CreatedAt = new DateTime(2026, 11, 3, 10, 0, 0, DateTimeKind.Utc),
            UpdatedAt = new DateTime(2026, 11, 10, 16, 30, 0, DateTimeKind.Utc),
            Version = 2,
        })
        .Add(new RiskHeatmapDto(HeatmapBasis.Inherent, [new HeatmapCellDto(3, 5, 15, RiskLevel.High, 4), new HeatmapCellDto(5, 5, 25, RiskLevel.Critical, 1)], 5))
        .Add(new RiskSummaryDto(
            Counts(new Dictionary<RiskCategory, int> { [RiskCategory.Partner] = 3, [RiskCategory.Security] = 2 }),
            Counts(new Dictionary<RiskLevel, int> { [RiskLevel.High] = 4, [RiskLevel.Critical] = 1 }),
            Counts(new Dictionary<RiskStatus, int> { [RiskStatus.Identified] = 2, [RiskStatus.Mitigating] = 3 }),
            5,
            1));

    // The summary names every value, zeros included, and so does its example.
    private static Dictionary<TEnum, int> Counts<TEnum>(Dictionary<TEnum, int> nonZero)
        where TEnum : struct, Enum =>
        Enum.GetValues<TEnum>().ToDictionary(value => value, value => nonZero.GetValueOrDefault(value));
}
