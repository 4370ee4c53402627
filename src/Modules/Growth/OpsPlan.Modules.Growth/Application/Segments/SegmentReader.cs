using Microsoft.Extensions.Options;
using OpsPlan.Modules.Growth.Application.Customers;
using OpsPlan.Modules.Growth.Application.Segments.Rules;
using OpsPlan.Modules.Growth.Contracts.Customers;
using OpsPlan.Modules.Growth.Contracts.Segments;

namespace OpsPlan.Modules.Growth.Application.Segments;

/// <summary>Evaluates rules in SQL: a segment's size and a page of its members, as of the clock's now.</summary>
internal sealed class SegmentReader(IDbConnectionFactory connectionFactory, CustomerReader customers, IOptions<GrowthOptions> options, IClock clock)
{
    private const string CountSql = "SELECT COUNT(*) FROM growth.customers WHERE " + SegmentFilter.Eligible;
    private const string ByIdSql = SegmentRow.SelectFromSql + " WHERE id = @Id";

    public async Task<SegmentRule> RuleOfAsync(Guid segmentId, CancellationToken cancellationToken) =>
        (await connectionFactory.SingleOrNotFoundAsync<SegmentRow>(ByIdSql, new { Id = segmentId }, "Segment", segmentId, cancellationToken)).ToDomain().Rule;

    public async Task<int> SizeAsync(SegmentRule rule, CancellationToken cancellationToken)
    {
        var filter = Compile(rule);
        await using var connection = await connectionFactory.OpenAsync(cancellationToken);
        return (int)await connection.ExecuteScalarAsync<long>(new CommandDefinition(CountSql + " AND " + filter.Condition, new DynamicParameters(filter.Parameters),
            cancellationToken: cancellationToken));
    }

    public async Task<Page<CustomerDto>> MembersAsync(SegmentRule rule, IListQuery page, CancellationToken cancellationToken)
    {
        var filter = Compile(rule);
        var list = new KeysetListSql(CustomerRow.SelectFromSql, page).Where(SegmentFilter.Eligible).Where(filter.Condition);
        foreach (var (name, value) in filter.Parameters)
        {
            list.WithParameter(name, value);
        }

        return await list.ReadAsync(connectionFactory, (CustomerRow row) => customers.ToDto(row), cancellationToken);
    }

    public DateTime Now => clock.UtcNow;

    private SegmentFilter Compile(SegmentRule rule) => SegmentRuleCompiler.Compile(rule, connectionFactory.Dialect, clock.UtcNow, options.Value.Currency);
}
