using OpsPlan.Modules.Finance.Contracts.Views;
using OpsPlan.Modules.Partners.Contracts.Partners;

namespace OpsPlan.Modules.Partners.Application.Partners.GetPartnerSpend;

/// <summary>A partner's money per month, asked of Finance through its public query: this module never reads Finance's tables.</summary>
internal sealed class GetPartnerSpendQueryHandler(IDbConnectionFactory connectionFactory, IDispatcher dispatcher, IClock clock)
    : IQueryHandler<GetPartnerSpendQuery, PartnerSpendDto>
{
    private const int DefaultMonths = 12;

    public async Task<PartnerSpendDto> Handle(GetPartnerSpendQuery request, CancellationToken cancellationToken)
    {
        await using (var connection = await connectionFactory.OpenAsync(cancellationToken))
        {
            await connection.EnsureExistsAsync(PartnerScope.PartnerExistsSql, new { request.PartnerId }, "Partner", request.PartnerId, cancellationToken);
        }

        var to = request.To ?? clock.Today;
        var from = request.From ?? new DateOnly(to.Year, to.Month, 1).AddMonths(-(DefaultMonths - 1));
        var money = await dispatcher.QueryAsync(new GetPartnerMoneyQuery(request.PartnerId, from, to), cancellationToken);
        var zero = Money.FromMinorUnits(0, money.ReportingCurrency);
        return new PartnerSpendDto
        {
            PartnerId = request.PartnerId,
            From = from,
            To = to,
            Currency = money.ReportingCurrency,
            Spent = money.Months.Aggregate(zero, (total, month) => total.Add(month.Outflow)),
            Received = money.Months.Aggregate(zero, (total, month) => total.Add(month.Inflow)),
            Months = money.Months.Select(month => new PartnerSpendMonthDto { Month = month.Month, Spent = month.Outflow, Received = month.Inflow }).ToList(),
        };
    }
}
