using Microsoft.Extensions.Options;
using OpsPlan.Modules.Growth.Contracts.Segments;

namespace OpsPlan.Modules.Growth.Application.Segments.CreateSegment;

internal sealed class CreateSegmentCommandValidator : AbstractValidator<CreateSegmentCommand>
{
    public CreateSegmentCommandValidator(IOptions<GrowthOptions> options)
    {
        this.SegmentFields(command => command.Name, command => command.Description);
        this.ValidRule(command => command.Rule, options.Value.Currency);
    }
}
