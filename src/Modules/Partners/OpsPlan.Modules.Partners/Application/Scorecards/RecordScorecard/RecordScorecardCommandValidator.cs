using System.Text.RegularExpressions;
using OpsPlan.Modules.Partners.Contracts.Scorecards;

namespace OpsPlan.Modules.Partners.Application.Scorecards.RecordScorecard;

internal sealed partial class RecordScorecardCommandValidator : AbstractValidator<RecordScorecardCommand>
{
    public RecordScorecardCommandValidator()
    {
        RuleFor(command => command.Fields.Period).NotEmpty().Matches(Quarter()).WithMessage("A quarter, such as 2026-Q3.").OverridePropertyName("period");
        RuleFor(command => command.Fields.Scores).NotNull().OverridePropertyName("scores");
        Criteria(command => command.Fields.Scores, "scores", score => score is >= 1 and <= 5, "A score is from 1 to 5, with at most two decimals.");
        Criteria(command => command.Fields.Weights!, "weights", weight => weight is >= 0 and <= 100, "A weight is a percentage from 0 to 100, with at most two decimals.");
        RuleFor(command => command.Fields.Weights).Must(weights => Sum(weights!) == 100).When(command => command.Fields.Weights is not null && Complete(command.Fields.Weights))
            .WithMessage("The weights sum to 100 %.").OverridePropertyName("weights");
        RuleFor(command => command.Fields.Comment).MaximumLength(2000).OverridePropertyName("comment");
    }

    private void Criteria(Func<RecordScorecardCommand, ScoresItem> criteria, string field, Func<decimal, bool> inRange, string message)
    {
        foreach (var (name, value) in Names)
        {
            RuleFor(command => value(criteria(command))).Cascade(CascadeMode.Stop).NotNull()
                .Must(score => inRange(score!.Value) && decimal.Round(score.Value, 2) == score.Value).WithMessage(message)
                .When(command => criteria(command) is not null).OverridePropertyName($"{field}.{name}");
        }
    }

    private static readonly (string Name, Func<ScoresItem, decimal?> Value)[] Names =
    [
        ("quality", item => item.Quality), ("delivery", item => item.Delivery), ("cost", item => item.Cost), ("cooperation", item => item.Cooperation),
        ("innovation", item => item.Innovation), ("compliance", item => item.Compliance),
    ];

    private static bool Complete(ScoresItem item) => Names.All(name => name.Value(item) is not null);

    private static decimal Sum(ScoresItem item) => Names.Sum(name => name.Value(item) ?? 0);

    [GeneratedRegex(@"^(19|2\d)\d{2}-Q[1-4]$")]
    private static partial Regex Quarter();
}
