using OpsPlan.Modules.Lifecycle.Contracts;
using OpsPlan.Modules.Lifecycle.Contracts.Products;
using OpsPlan.Modules.Lifecycle.Domain.Products;

namespace OpsPlan.Modules.Lifecycle.Application.Products;

/// <summary>A row of <c>lifecycle.retirement_plans</c>; its id is its product's.</summary>
internal sealed class RetirementPlanRow : VersionedRow
{
    public const string SelectFromSql = """
        SELECT product_id AS Id, announcement_date AS AnnouncementDate, end_of_sale AS EndOfSale, end_of_support AS EndOfSupport,
               migration_target_product_id AS MigrationTargetProductId, compensation_policy AS CompensationPolicy, status AS Status,
               approved_at AS ApprovedAt, approved_by AS ApprovedBy, created_at AS CreatedAt, updated_at AS UpdatedAt, version AS Version
        FROM lifecycle.retirement_plans
        """;

    public DateOnly AnnouncementDate { get; init; }

    public DateOnly EndOfSale { get; init; }

    public DateOnly EndOfSupport { get; init; }

    public Guid? MigrationTargetProductId { get; init; }

    public string? CompensationPolicy { get; init; }

    public string Status { get; init; } = "";

    public DateTime? ApprovedAt { get; init; }

    public string? ApprovedBy { get; init; }

    public RetirementPlan ToDomain() => RetirementPlan.Restore(State, Id,
        new RetirementTerms(AnnouncementDate, EndOfSale, EndOfSupport, MigrationTargetProductId, CompensationPolicy), EnumText.Parse<RetirementPlanStatus>(Status),
        ApprovedAt, ApprovedBy);

    public RetirementPlanDto ToDto() => ToDto(ToDomain());

    public static RetirementPlanDto ToDto(RetirementPlan plan) => new()
    {
        ProductId = plan.ProductId,
        AnnouncementDate = plan.Terms.AnnouncementDate,
        EndOfSale = plan.Terms.EndOfSale,
        EndOfSupport = plan.Terms.EndOfSupport,
        MigrationTargetProductId = plan.Terms.MigrationTargetProductId,
        CompensationPolicy = plan.Terms.CompensationPolicy,
        Status = plan.Status,
        ApprovedAt = plan.ApprovedAt,
        ApprovedBy = plan.ApprovedBy,
        CreatedAt = plan.CreatedAt,
        UpdatedAt = plan.UpdatedAt,
        Version = plan.Version,
    };

    public static object Parameters(RetirementPlan plan) => new
    {
        plan.ProductId,
        plan.Terms.AnnouncementDate,
        plan.Terms.EndOfSale,
        plan.Terms.EndOfSupport,
        plan.Terms.MigrationTargetProductId,
        plan.Terms.CompensationPolicy,
        Status = EnumText.ToText(plan.Status),
        plan.ApprovedAt,
        plan.ApprovedBy,
        plan.CreatedAt,
        plan.UpdatedAt,
        plan.Version,
        plan.LoadedVersion,
    };
}
