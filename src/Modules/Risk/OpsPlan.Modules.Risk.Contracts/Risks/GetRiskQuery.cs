using OpsPlan.BuildingBlocks.Application.Messaging;

namespace OpsPlan.Modules.Risk.Contracts.Risks;

public sealed record GetRiskQuery(Guid Id) : IQuery<RiskDto>;
