using OpsPlan.BuildingBlocks.Domain;
using OpsPlan.Modules.Growth.Contracts;
using OpsPlan.Modules.Growth.Contracts.Channels;

namespace OpsPlan.Api.Endpoints.Growth;

/// <summary>Swagger UI's example bodies for acquisition channels.</summary>
internal static class ChannelExamples
{
    public static readonly Guid Channel = Guid.Parse("019ad000-0000-7000-8000-000000000010");
    private static readonly DateTime Created = new(2026, 11, 2, 9, 0, 0, DateTimeKind.Utc);

    public static void Register(ExampleCatalog examples)
    {
        var row = new ChannelPerformanceRowDto(Channel, "Google Search", ChannelKind.SearchAds, ChannelStatus.Active, Money.Of(12_400m, "EUR"), 1_840_000, 46_000, 1_150,
            690, Money.Of(31_050m, "EUR"), Money.Of(10.7826m, "EUR"), 0.025m, 0.025m, 0.6m, 1.504m);
        examples
            .Add(new CreateChannelCommand("Google Search", ChannelKind.SearchAds, ChannelStatus.Active))
            .Add(new ChannelRequest("Google Search (brand)", ChannelKind.SearchAds, ChannelStatus.Paused))
            .Add(new ChannelDto { Id = Channel, Name = "Google Search", Kind = ChannelKind.SearchAds, Status = ChannelStatus.Active, CreatedAt = Created, UpdatedAt = Created, Version = 1 })
            .Add(new ChannelMetricsBatchRequest([new ChannelMetricsItem(Channel, new DateOnly(2026, 11, 30), Money.Of(420m, "EUR"), 61_000, 1_530, 38, 23, Money.Of(1_040m, "EUR"))]))
            .Add<IReadOnlyList<ChannelMetricsDto>>([new ChannelMetricsDto(Channel, new DateOnly(2026, 11, 30), Money.Of(420m, "EUR"), 61_000, 1_530, 38, 23,
                Money.Of(1_040m, "EUR"), Created)])
            .Add(new ChannelPerformanceDto(new DateOnly(2026, 11, 1), new DateOnly(2026, 11, 30), "EUR", [row],
                new ChannelPerformanceTotalsDto(row.Spend, row.Impressions, row.Clicks, row.Signups, row.Activations, row.Revenue, row.Cac, row.ClickThroughRate,
                    row.ConversionRate, row.ActivationRate, row.Roi)));
    }
}
