using Microsoft.Extensions.Options;
using OpsPlan.Modules.Growth.Contracts.Segments;

namespace OpsPlan.Modules.Growth.Application.Segments.PreviewSegment;

internal sealed class PreviewSegmentQueryValidator : AbstractValidator<PreviewSegmentQuery>
{
    public PreviewSegmentQueryValidator(IOptions<GrowthOptions> options) => this.ValidRule(query => query.Rule, options.Value.Currency);
}
