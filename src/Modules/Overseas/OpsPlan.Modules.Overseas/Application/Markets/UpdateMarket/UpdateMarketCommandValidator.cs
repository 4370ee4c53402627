using OpsPlan.Modules.Overseas.Contracts.Markets;

namespace OpsPlan.Modules.Overseas.Application.Markets.UpdateMarket;

internal sealed class UpdateMarketCommandValidator : AbstractValidator<UpdateMarketCommand>
{
    public UpdateMarketCommandValidator() => this.MarketFields(command => command.Fields);
}
