using OpsPlan.Modules.Access.Contracts.ApiKeys;

namespace OpsPlan.Modules.Access.Application.ApiKeys.ListApiKeys;

internal sealed class ListApiKeysQueryValidator : ListQueryValidator<ListApiKeysQuery>;
