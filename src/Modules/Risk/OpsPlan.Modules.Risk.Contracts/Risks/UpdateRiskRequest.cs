namespace OpsPlan.Modules.Risk.Contracts.Risks;

/// <summary>The editable fields of a risk, as PUT replaces them and PATCH merges into them.</summary>
public sealed record UpdateRiskRequest(
    string Title,
    string? Description,
    RiskCategory? Category,
    string Owner,
    DateOnly? NextReviewDate)
{
    public static UpdateRiskRequest From(RiskDto risk) =>
        new(risk.Title, risk.Description, risk.Category, risk.Owner, risk.NextReviewDate);

    public UpdateRiskCommand ToCommand(Guid id, long? expectedVersion) =>
        new(id, expectedVersion, Title, Description, Category, Owner, NextReviewDate);
}
