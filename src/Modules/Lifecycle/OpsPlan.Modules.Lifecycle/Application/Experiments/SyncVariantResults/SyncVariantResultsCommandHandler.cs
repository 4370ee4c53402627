using OpsPlan.BuildingBlocks.Application.Batches;
using OpsPlan.Modules.Lifecycle.Contracts.Experiments;
using OpsPlan.Modules.Lifecycle.Domain.Experiments;

namespace OpsPlan.Modules.Lifecycle.Application.Experiments.SyncVariantResults;

/// <summary>
/// Takes each variant's totals so far (the shared batch loop, keyed by experiment and variant): updated, unchanged or
/// failed alone (an unknown experiment or variant, an experiment that is not running). Each experiment touched is saved
/// once, at the version it was read at.
/// </summary>
internal sealed class SyncVariantResultsCommandHandler(IExperimentRepository experiments, IValidator<VariantResultItem> validator, IClock clock)
    : ICommandHandler<SyncVariantResultsCommand, BatchResultDto>
{
    private static readonly Dictionary<string, string[]> UnknownExperiment = new() { ["experimentId"] = ["No experiment has this id."] };

    public async Task<BatchResultDto> Handle(SyncVariantResultsCommand request, CancellationToken cancellationToken)
    {
        var batch = await BatchUpsert.ScreenAsync(request.Items, validator, item => (item.ExperimentId, item.Variant), "variant",
            "This experiment's variant appears earlier in the batch.", cancellationToken);
        var found = await experiments.FindAsync(batch.Candidates.Select(candidate => candidate.Item.ExperimentId).Distinct().ToList(), cancellationToken);
        var now = clock.UtcNow;
        var changed = new HashSet<Experiment>();
        foreach (var candidate in batch.Candidates)
        {
            var item = candidate.Item;
            if (!found.TryGetValue(item.ExperimentId, out var experiment))
            {
                batch.Fail(candidate, UnknownExperiment);
                continue;
            }

            if (experiment.Record(item.Variant, item.Exposures, item.Conversions, now, out var moved) is { } refusal)
            {
                var field = experiment.Status == Contracts.ExperimentStatus.Running ? "variant" : "experimentId";
                batch.Fail(candidate, new Dictionary<string, string[]> { [field] = [refusal] });
                continue;
            }

            if (moved)
            {
                changed.Add(experiment);
            }

            batch.Succeed(candidate, moved ? BatchItemStatus.Updated : BatchItemStatus.Unchanged, experiment.Id);
        }

        foreach (var experiment in changed)
        {
            await experiments.UpdateAsync(experiment, cancellationToken);
        }

        return batch.Result();
    }
}
