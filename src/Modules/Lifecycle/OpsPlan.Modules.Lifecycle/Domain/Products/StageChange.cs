using OpsPlan.Modules.Lifecycle.Contracts;

namespace OpsPlan.Modules.Lifecycle.Domain.Products;

/// <summary>One move of a product's stage; the first, from null, is its creation.</summary>
internal sealed record StageChange(Guid Id, Guid ProductId, ProductStage? From, ProductStage To, DateTime ChangedAt, string ChangedBy, string Reason);
