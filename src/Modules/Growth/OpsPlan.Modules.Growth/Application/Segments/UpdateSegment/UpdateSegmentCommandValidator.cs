using Microsoft.Extensions.Options;
using OpsPlan.Modules.Growth.Contracts.Segments;

namespace OpsPlan.Modules.Growth.Application.Segments.UpdateSegment;

internal sealed class UpdateSegmentCommandValidator : AbstractValidator<UpdateSegmentCommand>
{
    public UpdateSegmentCommandValidator(IOptions<GrowthOptions> options)
    {
        this.SegmentFields(command => command.Name, command => command.Description);
        this.ValidRule(command => command.Rule, options.Value.Currency);
    }
}
