using OpsPlan.Modules.Growth.Contracts;

namespace OpsPlan.Modules.Growth.Domain.Customers;

/// <summary>
/// The fields that say who a customer is: erasure replaces them with <see cref="Erased"/>. Interests are kept as a
/// sorted <see cref="InterestTags"/>; custom attributes as their JSON text, so two profiles compare by value.
/// </summary>
internal sealed record PersonalData(string DisplayName, string? Email, AgeBand? AgeBand, Gender? Gender, string? Region, InterestTags Interests, string CustomAttributesJson)
{
    public const string ErasedName = "Erased customer";

    public static readonly PersonalData Erased = new(ErasedName, null, null, null, null, InterestTags.None, "{}");
}
