using System.Net;
using System.Text.Json.Nodes;
using OpsPlan.BuildingBlocks.Application.Security;
using OpsPlan.BuildingBlocks.Persistence;
using OpsPlan.IntegrationTests.Infrastructure;
using static OpsPlan.IntegrationTests.Finance.FinanceApi;

namespace OpsPlan.IntegrationTests.Finance;

/// <summary>
/// An integrator pulls changes with updatedSince, stores the last page's syncCursor and later asks with it alone:
/// only what changed since comes back, even when a whole batch shares one updatedAt.
/// </summary>
public sealed class SyncCursorTests(DatabaseProvider provider) : FinanceTest(provider)
{
    [Test]
    public async Task Resuming_from_the_sync_cursor_returns_each_later_change_once_though_a_batch_shares_one_updated_at()
    {
        var client = Api.ClientFor(Roles.Finance);
        var costCenter = await CostCenterAsync(client, "SYNC");
        var first = Enumerable.Range(0, 300).Select(i => Transaction(costCenter, "1.00", $"S-{i}")).ToArray();
        await SyncAsync(client, first);

        var (initial, cursor) = await PullAllAsync(client, $"{Transactions}?updatedSince=2000-01-01T00:00:00Z&limit=120");
        await SyncAsync(client, [.. Enumerable.Range(0, 5).Select(i => Transaction(costCenter, "2.00", $"S-{i * 50}")), Transaction(costCenter, "3.00", "S-NEW")]);
        var (changes, next) = await PullAllAsync(client, $"{Transactions}?cursor={cursor}&limit=120");
        var (none, unchanged) = await PullAllAsync(client, $"{Transactions}?cursor={next}");

        Assert.Multiple(() =>
        {
            Assert.That(initial, Has.Count.EqualTo(300).And.Unique);
            Assert.That(changes.Order(StringComparer.Ordinal), Is.EqualTo(new[] { "S-0", "S-100", "S-150", "S-200", "S-50", "S-NEW" }));
            Assert.That(none, Is.Empty);
            Assert.That(unchanged, Is.EqualTo(next), "with nothing new, the cursor stays where it was");
        });
    }

    [Test]
    public async Task An_empty_change_list_still_gives_a_cursor_that_finds_the_first_change()
    {
        var client = Api.ClientFor(Roles.Finance);
        var (none, cursor) = await PullAllAsync(client, $"{Transactions}?updatedSince=2000-01-01T00:00:00Z");
        await SyncAsync(client, Transaction(await CostCenterAsync(client, "LATER"), "1.00", "L-1"));

        var (changes, _) = await PullAllAsync(client, $"{Transactions}?cursor={cursor}");

        Assert.That(none, Is.Empty);
        Assert.That(changes, Is.EqualTo(new[] { "L-1" }));
    }

    [Test]
    public async Task Browsing_lists_carry_no_sync_cursor_and_a_browsing_cursor_cannot_be_used_with_updated_since()
    {
        var client = Api.ClientFor(Roles.Finance);
        var costCenter = await CostCenterAsync(client, "BROWSE");
        await SyncAsync(client, Transaction(costCenter, "1.00", "B-1"), Transaction(costCenter, "1.00", "B-2"));

        var page = await client.GetJsonAsync($"{Transactions}?limit=1");
        var mixed = await client.GetAsync($"{Transactions}?limit=1&updatedSince=2000-01-01T00:00:00Z&cursor={page["nextCursor"]}");

        Assert.That(page["syncCursor"], Is.Null);
        await mixed.ShouldBeValidationProblem("cursor");
    }

    /// <summary>Follows nextCursor to the end; returns the external ids seen and the last page's syncCursor.</summary>
    private static async Task<(List<string> ExternalIds, string SyncCursor)> PullAllAsync(HttpClient client, string url)
    {
        var seen = new List<string>();
        while (true)
        {
            var page = await client.GetJsonAsync(url);
            seen.AddRange(page["items"]!.AsArray().Select(item => item!["externalId"]!.GetValue<string>()));
            if (page["nextCursor"]?.GetValue<string>() is not { } next)
            {
                return (seen, page["syncCursor"]!.GetValue<string>());
            }

            url = url.Contains("cursor=", StringComparison.Ordinal)
                ? System.Text.RegularExpressions.Regex.Replace(url, "cursor=[^&]*", $"cursor={next}")
                : $"{url}&cursor={next}";
        }
    }
}
