using OpsPlan.Modules.Partners.Contracts.Partners;

namespace OpsPlan.Modules.Partners.Application.Partners.ListPartnerStatusChanges;

internal sealed class ListPartnerStatusChangesQueryValidator : ListQueryValidator<ListPartnerStatusChangesQuery>;
