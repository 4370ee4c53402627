using OpsPlan.Modules.Lifecycle.Contracts;
using OpsPlan.Modules.Lifecycle.Contracts.Products;

namespace OpsPlan.Modules.Lifecycle.Application.Products;

/// <summary>
/// Time in each stage from the stage history: a visit lasts from the move into a stage to the next move (or to now,
/// for the current stage). Retired and cancelled are ends, not stages one spends time in.
/// </summary>
internal static class StageTimeline
{
    public const string HistorySql = "SELECT product_id AS ProductId, to_stage AS Stage, changed_at AS ChangedAt FROM lifecycle.stage_history";

    /// <summary>Each product's stages with their days and visits; <paramref name="history"/> is ordered by product, then time.</summary>
    public static IEnumerable<(Guid ProductId, IReadOnlyList<StageTimeDto> Stages)> Of(IEnumerable<Move> history, DateTime now)
    {
        foreach (var product in history.GroupBy(move => move.ProductId))
        {
            var moves = product.ToList();
            var times = new Dictionary<ProductStage, (double Days, int Visits, bool Current)>();
            for (var i = 0; i < moves.Count; i++)
            {
                var stage = EnumText.Parse<ProductStage>(moves[i].Stage);
                if (stage is ProductStage.Retired or ProductStage.Cancelled)
                {
                    continue;
                }

                var current = i == moves.Count - 1;
                var days = ((current ? now : moves[i + 1].ChangedAt) - moves[i].ChangedAt).TotalDays;
                var known = times.GetValueOrDefault(stage);
                times[stage] = (known.Days + days, known.Visits + 1, current);
            }

            yield return (product.Key, times.OrderBy(time => time.Key)
                .Select(time => new StageTimeDto { Stage = time.Key, Days = Math.Round((decimal)time.Value.Days, 2), Visits = time.Value.Visits, Current = time.Value.Current })
                .ToList());
        }
    }

    /// <summary>One row of the history: the stage moved into, and when.</summary>
    internal sealed class Move
    {
        public Guid ProductId { get; init; }

        public string Stage { get; init; } = "";

        public DateTime ChangedAt { get; init; }
    }
}
