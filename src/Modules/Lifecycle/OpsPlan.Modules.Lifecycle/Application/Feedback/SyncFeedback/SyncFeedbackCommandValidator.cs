using OpsPlan.BuildingBlocks.Application.Batches;
using OpsPlan.Modules.Lifecycle.Contracts.Feedback;

namespace OpsPlan.Modules.Lifecycle.Application.Feedback.SyncFeedback;

internal sealed class SyncFeedbackCommandValidator() : BatchCommandValidator<SyncFeedbackCommand, FeedbackSyncItem>(command => command.Items);
