using OpsPlan.Modules.Partners.Contracts.Agreements;

namespace OpsPlan.Modules.Partners.Application.Agreements.ListExpiringAgreements;

/// <summary>Agreements ending from today to today + within (30 by default), soonest first, with the partner's name and the notice deadline.</summary>
internal sealed class ListExpiringAgreementsQueryHandler(IDbConnectionFactory connectionFactory, IClock clock)
    : IQueryHandler<ListExpiringAgreementsQuery, IReadOnlyList<ExpiringAgreementDto>>
{
    public const int DefaultWithin = 30;

    private const string Sql = """
        SELECT a.id AS AgreementId, a.partner_id AS PartnerId, p.name AS PartnerName, a.title AS Title, a.end_date AS EndDate, a.auto_renew AS AutoRenew,
               a.notice_days AS NoticeDays, a.value_minor AS ValueMinor, a.value_currency AS ValueCurrency
        FROM partners.agreements a JOIN partners.partners p ON p.id = a.partner_id
        WHERE a.end_date >= @Today AND a.end_date <= @Until
        ORDER BY a.end_date, a.id
        """;

    public async Task<IReadOnlyList<ExpiringAgreementDto>> Handle(ListExpiringAgreementsQuery request, CancellationToken cancellationToken)
    {
        var today = clock.Today;
        await using var connection = await connectionFactory.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<ExpiringRow>(new CommandDefinition(Sql, new { Today = today, Until = today.AddDays(request.Within ?? DefaultWithin) },
            cancellationToken: cancellationToken));
        return rows.Select(row =>
        {
            var deadline = row.EndDate.AddDays(-row.NoticeDays);
            return new ExpiringAgreementDto
            {
                AgreementId = row.AgreementId,
                PartnerId = row.PartnerId,
                PartnerName = row.PartnerName,
                Title = row.Title,
                EndDate = row.EndDate,
                DaysLeft = row.EndDate.DayNumber - today.DayNumber,
                AutoRenew = row.AutoRenew,
                NoticeDeadline = deadline,
                DaysToNoticeDeadline = deadline.DayNumber - today.DayNumber,
                Value = row.ValueMinor is { } value ? Money.FromMinorUnits(value, row.ValueCurrency!) : null,
            };
        }).ToList();
    }

    private sealed class ExpiringRow
    {
        public Guid AgreementId { get; init; }

        public Guid PartnerId { get; init; }

        public string PartnerName { get; init; } = "";

        public string Title { get; init; } = "";

        public DateOnly EndDate { get; init; }

        public bool AutoRenew { get; init; }

        public int NoticeDays { get; init; }

        public long? ValueMinor { get; init; }

        public string? ValueCurrency { get; init; }
    }
}
