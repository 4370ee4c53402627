using Microsoft.Extensions.Options;
using OpsPlan.Modules.Lifecycle.Contracts.Experiments;
using OpsPlan.Modules.Lifecycle.Domain.Experiments;

namespace OpsPlan.Modules.Lifecycle.Application.Experiments.GetExperimentResults;

/// <summary>
/// Each variant against the control (the first): rate, relative lift and the pooled two-proportion z-test. A winner is
/// named only when every variant has the minimum sample and the difference is significant: the best variant that beats
/// the control significantly, else the control when every variant is significantly worse.
/// </summary>
internal sealed class GetExperimentResultsQueryHandler(IDbConnectionFactory connectionFactory, IOptions<LifecycleOptions> options)
    : IQueryHandler<GetExperimentResultsQuery, ExperimentResultsDto>
{
    public async Task<ExperimentResultsDto> Handle(GetExperimentResultsQuery request, CancellationToken cancellationToken)
    {
        var experiment = (await connectionFactory.SingleOrNotFoundAsync<ExperimentRow>(ExperimentRules.OneSql, new { request.Id, request.ProductId }, "Experiment",
            request.Id, cancellationToken)).ToDomain();
        var alpha = options.Value.ExperimentAlpha;
        var minimum = experiment.Design.MinimumSampleSize;
        var control = experiment.Variants[0];
        var results = experiment.Variants.Select((variant, index) => Result(variant, index == 0 ? null : control, alpha)).ToList();
        var sampled = experiment.Variants.All(variant => variant.Exposures >= minimum);
        var winner = sampled ? Winner(results) : null;
        return new ExperimentResultsDto
        {
            ExperimentId = experiment.Id,
            Status = experiment.Status,
            Alpha = alpha,
            MinimumSampleSize = minimum,
            SampleSizeReached = sampled,
            Control = control.Name,
            Variants = results,
            Winner = winner,
            Verdict = Verdict(winner, sampled, control.Name, minimum, alpha),
        };
    }

    private static VariantResultDto Result(Variant variant, Variant? control, decimal alpha)
    {
        var rate = variant.Exposures == 0 ? (decimal?)null : (decimal)variant.Conversions / variant.Exposures;
        var controlRate = control is null || control.Exposures == 0 ? (decimal?)null : (decimal)control.Conversions / control.Exposures;
        var test = control is null ? null : TwoProportionTest.Compare(control.Exposures, control.Conversions, variant.Exposures, variant.Conversions);
        return new VariantResultDto
        {
            Name = variant.Name,
            Exposures = variant.Exposures,
            Conversions = variant.Conversions,
            ConversionRate = Round(rate),
            RelativeLift = rate is { } own && controlRate is { } baseline && baseline != 0 ? Round((own - baseline) / baseline) : null,
            ZScore = test is { } z ? Round((decimal)z.Z) : null,
            PValue = test is { } p ? Round((decimal)p.PValue) : null,
            Significant = test is { } significance && (decimal)significance.PValue < alpha,
        };
    }

    private static string? Winner(List<VariantResultDto> results)
    {
        var challengers = results.Skip(1).ToList();
        var best = challengers.Where(result => result is { Significant: true, RelativeLift: > 0 }).MaxBy(result => result.ConversionRate);
        if (best is not null)
        {
            return best.Name;
        }

        return challengers.All(result => result is { Significant: true, ZScore: < 0 }) ? results[0].Name : null;
    }

    private static string Verdict(string? winner, bool sampled, string control, int minimum, decimal alpha) => (winner, sampled) switch
    {
        (_, false) => $"Not decided: every variant needs {minimum:N0} exposures first.",
        (null, true) => $"No winner: no difference from the control is significant at alpha {alpha}.",
        _ when winner == control => $"The control wins: every variant converts significantly worse (p < {alpha}).",
        _ => $"{winner} wins: it converts significantly better than the control (p < {alpha}).",
    };

    private static decimal? Round(decimal? value) => value is { } number ? Math.Round(number, 6) : null;
}
