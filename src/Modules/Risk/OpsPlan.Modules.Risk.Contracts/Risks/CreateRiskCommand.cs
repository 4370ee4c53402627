namespace OpsPlan.Modules.Risk.Contracts.Risks;

/// <summary>Registers a risk by hand; its first score is kept as the first assessment.</summary>
public sealed record CreateRiskCommand(
    string Title,
    string? Description,
    RiskCategory? Category,
    string Owner,
    int Likelihood,
    int Impact,
    int? ResidualLikelihood,
    int? ResidualImpact,
    DateOnly? NextReviewDate) : ICommand<RiskDto>;
