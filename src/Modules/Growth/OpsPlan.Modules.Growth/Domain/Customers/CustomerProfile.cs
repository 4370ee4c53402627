using OpsPlan.Modules.Growth.Contracts;

namespace OpsPlan.Modules.Growth.Domain.Customers;

/// <summary>The fields the CRM owns; a sync compares and replaces them as a whole.</summary>
internal sealed record CustomerProfile(
    PersonalData Personal,
    string Country,
    string? AcquisitionChannel,
    DateTime SignedUpAt,
    CustomerTier Tier,
    bool MarketingConsent)
{
    /// <summary>The customer's cohort: the first day of the month it signed up in.</summary>
    public DateOnly SignupMonth => new(SignedUpAt.Year, SignedUpAt.Month, 1);
}
