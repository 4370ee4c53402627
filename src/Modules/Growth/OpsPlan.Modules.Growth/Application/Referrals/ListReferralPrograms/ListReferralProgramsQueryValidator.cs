using OpsPlan.Modules.Growth.Contracts.Referrals;

namespace OpsPlan.Modules.Growth.Application.Referrals.ListReferralPrograms;

internal sealed class ListReferralProgramsQueryValidator : ListQueryValidator<ListReferralProgramsQuery>;
