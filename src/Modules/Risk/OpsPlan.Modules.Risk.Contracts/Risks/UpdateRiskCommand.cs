namespace OpsPlan.Modules.Risk.Contracts.Risks;

/// <summary>Replaces a risk's editable fields. Scores change only through assessments, status only through transitions.</summary>
public sealed record UpdateRiskCommand(
    Guid Id,
    long? ExpectedVersion,
    string Title,
    string? Description,
    RiskCategory? Category,
    string Owner,
    DateOnly? NextReviewDate) : ICommand<RiskDto>;
