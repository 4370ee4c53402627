using OpsPlan.Modules.Risk.Application.Risks.RaiseSourcedRisk;
using OpsPlan.Modules.Risk.Contracts;

namespace OpsPlan.Modules.Risk.Application.Risks.PartnerAlerts;

/// <summary>The one risk about a partner's standing.</summary>
internal static class PartnerRisk
{
    public static string SourceReference(Guid partnerId) => $"partner:{partnerId:D}";

    public static RaiseSourcedRiskCommand Raise(Guid partnerId, string title, string description, int likelihood, int impact, string rationale) =>
        new(SlaBreachedConsumer.Source, SourceReference(partnerId), title, description, RiskCategory.Partner, SlaBreachedConsumer.Owner, likelihood, impact, rationale);
}
