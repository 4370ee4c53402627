using OpsPlan.Modules.Risk.Contracts;

namespace OpsPlan.Modules.Risk.Domain.Risks;

/// <summary>Which status a risk may move to from which.</summary>
internal static class RiskWorkflow
{
    private static readonly Dictionary<RiskStatus, RiskStatus[]> Allowed = new()
    {
        [RiskStatus.Identified] = [RiskStatus.Assessed],
        [RiskStatus.Assessed] = [RiskStatus.Mitigating, RiskStatus.Accepted],
        [RiskStatus.Mitigating] = [RiskStatus.Monitoring],
        [RiskStatus.Monitoring] = [RiskStatus.Closed, RiskStatus.Accepted],
        [RiskStatus.Accepted] = [RiskStatus.Closed],
        [RiskStatus.Closed] = [RiskStatus.Identified],
    };

    public static bool CanMove(RiskStatus from, RiskStatus to) => Allowed[from].Contains(to);

    public static IReadOnlyList<RiskStatus> NextFrom(RiskStatus from) => Allowed[from];
}
