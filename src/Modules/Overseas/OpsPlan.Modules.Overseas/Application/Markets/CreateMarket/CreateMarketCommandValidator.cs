using OpsPlan.Modules.Overseas.Contracts.Markets;

namespace OpsPlan.Modules.Overseas.Application.Markets.CreateMarket;

internal sealed class CreateMarketCommandValidator : AbstractValidator<CreateMarketCommand>
{
    public CreateMarketCommandValidator() => this.MarketFields(command => command.Fields);
}
