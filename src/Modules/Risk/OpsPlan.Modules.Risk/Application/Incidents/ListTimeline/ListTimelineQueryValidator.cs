using OpsPlan.Modules.Risk.Contracts.Incidents;

namespace OpsPlan.Modules.Risk.Application.Incidents.ListTimeline;

internal sealed class ListTimelineQueryValidator : ListQueryValidator<ListTimelineQuery>;
