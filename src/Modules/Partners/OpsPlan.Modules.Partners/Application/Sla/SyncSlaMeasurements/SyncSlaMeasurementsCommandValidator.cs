using OpsPlan.BuildingBlocks.Application.Batches;
using OpsPlan.Modules.Partners.Contracts.Sla;

namespace OpsPlan.Modules.Partners.Application.Sla.SyncSlaMeasurements;

internal sealed class SyncSlaMeasurementsCommandValidator() : BatchCommandValidator<SyncSlaMeasurementsCommand, SlaMeasurementItem>(command => command.Items);
