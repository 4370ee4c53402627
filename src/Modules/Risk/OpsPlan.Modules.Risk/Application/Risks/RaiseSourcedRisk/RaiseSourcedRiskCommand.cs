using OpsPlan.Modules.Risk.Contracts;
using OpsPlan.Modules.Risk.Contracts.Risks;

namespace OpsPlan.Modules.Risk.Application.Risks.RaiseSourcedRisk;

/// <summary>
/// Another module reports a condition (a budget line over its threshold, a partner suspended): raise one risk per
/// source reference, or update the one already raised. Sent only by this module's event consumers, never over HTTP.
/// </summary>
internal sealed record RaiseSourcedRiskCommand(
    string Source,
    string SourceReference,
    string Title,
    string Description,
    RiskCategory Category,
    string Owner,
    int Likelihood,
    int Impact,
    string Rationale) : ICommand<RiskDto>;
