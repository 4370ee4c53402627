using OpsPlan.Modules.Growth.Contracts.Channels;

namespace OpsPlan.Modules.Growth.Application.Channels.GetChannelPerformance;

internal sealed class GetChannelPerformanceQueryValidator : AbstractValidator<GetChannelPerformanceQuery>
{
    public const int MaxDays = 3 * 366;

    public GetChannelPerformanceQueryValidator() => this.ValidRange(query => query.From, query => query.To, MaxDays);
}
