namespace OpsPlan.Modules.Risk.Contracts.Risks;

public sealed record GetRiskQuery(Guid Id) : IQuery<RiskDto>;
