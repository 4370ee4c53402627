namespace OpsPlan.Modules.Growth.Domain.Customers;

/// <summary>Who erased a customer's personal data, and when.</summary>
internal sealed record Erasure(DateTime ErasedAt, string ErasedBy);
