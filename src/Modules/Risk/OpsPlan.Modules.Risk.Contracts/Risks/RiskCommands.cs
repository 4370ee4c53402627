namespace OpsPlan.Modules.Risk.Contracts.Risks;

/// <summary>Re-scores a risk and keeps the assessment in its history; an identified risk becomes assessed.</summary>
public sealed record AssessRiskCommand(
    Guid RiskId,
    ExpectedVersion? ExpectedVersion,
    int Likelihood,
    int Impact,
    int? ResidualLikelihood,
    int? ResidualImpact,
    string Rationale) : ICommand<AssessmentDto>;

/// <summary>The body of an assessment.</summary>
public sealed record AssessRiskRequest(int Likelihood, int Impact, int? ResidualLikelihood, int? ResidualImpact, string Rationale) : IBodyOf<AssessRiskCommand>;

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

/// <summary>
/// Moves a risk along identified → assessed → mitigating → monitoring → closed; accepted from assessed or
/// monitoring (and closed from accepted); a closed risk reopens to identified. Anything else is 409 <c>risk.invalid-transition</c>.
/// </summary>
public sealed record TransitionRiskStatusCommand(Guid RiskId, ExpectedVersion? ExpectedVersion, RiskStatus? Status, string? Reason) : ICommand<RiskDto>;

/// <summary>The body of a status transition.</summary>
public sealed record RiskStatusTransitionRequest(RiskStatus? Status, string? Reason) : IBodyOf<TransitionRiskStatusCommand>;

/// <summary>Replaces a risk's editable fields. Scores change only through assessments, status only through transitions.</summary>
public sealed record UpdateRiskCommand(
    Guid Id,
    ExpectedVersion? ExpectedVersion,
    string Title,
    string? Description,
    RiskCategory? Category,
    string Owner,
    DateOnly? NextReviewDate) : ICommand<RiskDto>;

/// <summary>The editable fields of a risk, as PUT replaces them and PATCH merges into them.</summary>
public sealed record UpdateRiskRequest(
    string Title,
    string? Description,
    RiskCategory? Category,
    string Owner,
    DateOnly? NextReviewDate) : IBodyOf<UpdateRiskCommand>
{
    public static UpdateRiskRequest From(RiskDto risk) =>
        new(risk.Title, risk.Description, risk.Category, risk.Owner, risk.NextReviewDate);

    public UpdateRiskCommand ToCommand(Guid id, ExpectedVersion? expectedVersion) =>
        new(id, expectedVersion, Title, Description, Category, Owner, NextReviewDate);
}
