using OpsPlan.Modules.Growth.Contracts.Referrals;

namespace OpsPlan.Modules.Growth.Application.Referrals.GetLeaderboard;

/// <summary>Read in index order (programme, rewarded, referrals): the top of a programme costs the same whatever its size.</summary>
internal sealed class GetLeaderboardQueryHandler(IDbConnectionFactory connectionFactory, IClock clock) : IQueryHandler<GetLeaderboardQuery, LeaderboardDto>
{
    private const int DefaultTop = 10;
    private const string ProgramSql = ReferralProgramRow.SelectFromSql + " WHERE id = @Id";
    private const string TopSql = """
        SELECT i.customer_id AS CustomerId, c.display_name AS DisplayName, i.code AS Code, i.referral_count AS Referrals, i.rewarded_count AS Rewarded
        FROM growth.invite_codes i JOIN growth.customers c ON c.id = i.customer_id
        WHERE i.program_id = @ProgramId AND i.referral_count > 0
        ORDER BY i.rewarded_count DESC, i.referral_count DESC, i.code
        """;

    public async Task<LeaderboardDto> Handle(GetLeaderboardQuery request, CancellationToken cancellationToken)
    {
        await connectionFactory.SingleOrNotFoundAsync<ReferralProgramRow>(ProgramSql, new { Id = request.ProgramId }, "Referral program", request.ProgramId, cancellationToken);
        await using var connection = await connectionFactory.OpenAsync(cancellationToken);
        var rows = (await connection.QueryAsync<TopRow>(new CommandDefinition(TopSql + " " + connectionFactory.Dialect.LimitClause("@Limit"),
            new { request.ProgramId, Limit = request.Top ?? DefaultTop }, cancellationToken: cancellationToken))).ToList();

        // Competition ranking: equal figures share a rank and the next rank skips (1, 2, 2, 4).
        var entries = new List<LeaderboardEntryDto>();
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            var rank = i > 0 && rows[i - 1].Rewarded == row.Rewarded && rows[i - 1].Referrals == row.Referrals ? entries[i - 1].Rank : i + 1;
            entries.Add(new LeaderboardEntryDto(rank, row.CustomerId, row.DisplayName, row.Code, row.Referrals, row.Rewarded));
        }

        return new LeaderboardDto(request.ProgramId, clock.UtcNow, entries);
    }

    private sealed class TopRow
    {
        public Guid CustomerId { get; init; }

        public string DisplayName { get; init; } = "";

        public string Code { get; init; } = "";

        public int Referrals { get; init; }

        public int Rewarded { get; init; }
    }
}
