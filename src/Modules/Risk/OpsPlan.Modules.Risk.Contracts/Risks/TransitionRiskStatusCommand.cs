namespace OpsPlan.Modules.Risk.Contracts.Risks;

/// <summary>
/// Moves a risk along identified → assessed → mitigating → monitoring → closed; accepted from assessed or
/// monitoring (and closed from accepted); a closed risk reopens to identified. Anything else is 409 <c>risk.invalid-transition</c>.
/// </summary>
public sealed record TransitionRiskStatusCommand(Guid RiskId, long? ExpectedVersion, RiskStatus? Status, string? Reason) : ICommand<RiskDto>;

/// <summary>The body of a status transition.</summary>
public sealed record RiskStatusTransitionRequest(RiskStatus? Status, string? Reason);
