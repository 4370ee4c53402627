using OpsPlan.Modules.Overseas.Contracts.Markets;

namespace OpsPlan.Modules.Overseas.Application.Markets.ListMarketStageChanges;

internal sealed class ListMarketStageChangesQueryValidator : ListQueryValidator<ListMarketStageChangesQuery>;
