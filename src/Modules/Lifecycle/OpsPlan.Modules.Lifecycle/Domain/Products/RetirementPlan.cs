using OpsPlan.Modules.Lifecycle.Contracts;

namespace OpsPlan.Modules.Lifecycle.Domain.Products;

/// <summary>
/// How a product leaves the market (seed ch.5): announced, then no longer sold, then no longer supported, with a
/// migration target, a compensation policy or both. A draft until approved; approval is the gate to retirement.
/// </summary>
internal sealed class RetirementPlan : AggregateRoot
{
    public const string Approved = "lifecycle.plan-approved";

    private RetirementPlan(AggregateState state, Guid productId, RetirementTerms terms, RetirementPlanStatus status, DateTime? approvedAt, string? approvedBy)
        : base(state)
    {
        ProductId = productId;
        Terms = terms;
        Status = status;
        ApprovedAt = approvedAt;
        ApprovedBy = approvedBy;
    }

    public Guid ProductId { get; }

    public RetirementTerms Terms { get; private set; }

    public RetirementPlanStatus Status { get; private set; }

    public DateTime? ApprovedAt { get; private set; }

    public string? ApprovedBy { get; private set; }

    public static RetirementPlan Draft(Guid productId, RetirementTerms terms, DateTime now) =>
        new(new AggregateState(productId, now, now, 1, 0), productId, terms, RetirementPlanStatus.Draft, null, null);

    public static RetirementPlan Restore(AggregateState state, Guid productId, RetirementTerms terms, RetirementPlanStatus status, DateTime? approvedAt, string? approvedBy) =>
        new(state, productId, terms, status, approvedAt, approvedBy);

    public void Revise(RetirementTerms terms, DateTime now)
    {
        EnsureDraft();
        Terms = terms;
        Touch(now);
    }

    public void Approve(string by, DateTime now)
    {
        EnsureDraft();
        (Status, ApprovedAt, ApprovedBy) = (RetirementPlanStatus.Approved, now, by);
        Touch(now);
    }

    private void EnsureDraft()
    {
        if (Status == RetirementPlanStatus.Approved)
        {
            throw new BusinessRuleException(Approved, "The retirement plan is approved and no longer changes.");
        }
    }
}

internal sealed record RetirementTerms(DateOnly AnnouncementDate, DateOnly EndOfSale, DateOnly EndOfSupport, Guid? MigrationTargetProductId, string? CompensationPolicy);
