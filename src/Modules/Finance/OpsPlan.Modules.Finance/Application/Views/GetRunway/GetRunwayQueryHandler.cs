using OpsPlan.Modules.Finance.Application.Cash;
using OpsPlan.Modules.Finance.Contracts.Views;

namespace OpsPlan.Modules.Finance.Application.Views.GetRunway;

internal sealed class GetRunwayQueryHandler(IDbConnectionFactory connectionFactory, RunwayCalculator calculator, IClock clock) : IQueryHandler<GetRunwayQuery, RunwayDto>
{
    public async Task<RunwayDto> Handle(GetRunwayQuery request, CancellationToken cancellationToken)
    {
        await using var connection = await connectionFactory.OpenAsync(cancellationToken);
        return await calculator.CalculateAsync(connection, null, DateOnly.FromDateTime(clock.UtcNow), cancellationToken);
    }
}
