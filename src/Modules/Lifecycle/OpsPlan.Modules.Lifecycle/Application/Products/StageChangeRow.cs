using OpsPlan.Modules.Lifecycle.Contracts;
using OpsPlan.Modules.Lifecycle.Contracts.Products;

namespace OpsPlan.Modules.Lifecycle.Application.Products;

/// <summary>A row of <c>lifecycle.stage_history</c>.</summary>
internal sealed class StageChangeRow
{
    public const string SelectFromSql = """
        SELECT id AS Id, product_id AS ProductId, from_stage AS FromStage, to_stage AS ToStage, changed_at AS ChangedAt, changed_by AS ChangedBy, reason AS Reason
        FROM lifecycle.stage_history
        """;

    public Guid Id { get; init; }

    public Guid ProductId { get; init; }

    public string? FromStage { get; init; }

    public string ToStage { get; init; } = "";

    public DateTime ChangedAt { get; init; }

    public string ChangedBy { get; init; } = "";

    public string Reason { get; init; } = "";

    public ProductStageChangeDto ToDto() => new()
    {
        Id = Id,
        From = FromStage is null ? null : EnumText.Parse<ProductStage>(FromStage),
        To = EnumText.Parse<ProductStage>(ToStage),
        ChangedAt = ChangedAt,
        ChangedBy = ChangedBy,
        Reason = Reason,
    };
}
