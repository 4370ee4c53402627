namespace OpsPlan.Modules.Partners.Contracts.DueDiligence;

/// <summary>A partner's checklist: the standard items first, then the custom ones in the order they were added.</summary>
public sealed record ListDueDiligenceItemsQuery(Guid PartnerId) : IQuery<IReadOnlyList<DueDiligenceItemDto>>;
