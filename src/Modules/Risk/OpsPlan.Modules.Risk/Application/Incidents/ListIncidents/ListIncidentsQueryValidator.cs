using OpsPlan.Modules.Risk.Contracts.Incidents;

namespace OpsPlan.Modules.Risk.Application.Incidents.ListIncidents;

internal sealed class ListIncidentsQueryValidator() : ListQueryValidator<ListIncidentsQuery>(IncidentSorting.Keys);
