using OpsPlan.Modules.Partners.Contracts.Sla;

namespace OpsPlan.Modules.Partners.Application.Sla.ListSlaMeasurements;

internal sealed class ListSlaMeasurementsQueryValidator : AbstractValidator<ListSlaMeasurementsQuery>
{
    public ListSlaMeasurementsQueryValidator() => RuleFor(query => query.Metric).IsInEnum();
}
