using OpsPlan.BuildingBlocks.Application.Batches;
using OpsPlan.Modules.Growth.Contracts.Activity;

namespace OpsPlan.Modules.Growth.Application.Activity.RecordActivity;

internal sealed class RecordActivityCommandValidator() : BatchCommandValidator<RecordActivityCommand, ActivityEventItem>(command => command.Items, RecordActivityCommand.MaxItems);
