using OpsPlan.BuildingBlocks.Application.Batches;
using OpsPlan.Modules.Lifecycle.Contracts.Experiments;

namespace OpsPlan.Modules.Lifecycle.Application.Experiments.SyncVariantResults;

internal sealed class SyncVariantResultsCommandValidator() : BatchCommandValidator<SyncVariantResultsCommand, VariantResultItem>(command => command.Items);
