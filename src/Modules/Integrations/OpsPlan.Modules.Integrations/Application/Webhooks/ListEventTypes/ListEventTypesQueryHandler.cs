using OpsPlan.BuildingBlocks.Modules;
using OpsPlan.Modules.Integrations.Contracts.Webhooks;

namespace OpsPlan.Modules.Integrations.Application.Webhooks.ListEventTypes;

internal sealed class ListEventTypesQueryHandler(ModuleCatalog catalog) : IQueryHandler<ListEventTypesQuery, IReadOnlyList<EventTypeDto>>
{
    public Task<IReadOnlyList<EventTypeDto>> Handle(ListEventTypesQuery request, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<EventTypeDto>>(catalog.IntegrationEvents
            .Select(entry => new EventTypeDto(entry.Key, catalog.ModuleOf(entry.Value).Name))
            .OrderBy(type => type.Name, StringComparer.Ordinal)
            .ToList());
}
