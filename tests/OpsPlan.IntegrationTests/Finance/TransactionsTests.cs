using System.Net;
using System.Text.Json;
using OpsPlan.BuildingBlocks.Application.Security;
using OpsPlan.BuildingBlocks.Persistence;
using OpsPlan.IntegrationTests.Infrastructure;
using OpsPlan.IntegrationTests.Risk;
using static OpsPlan.IntegrationTests.Finance.FinanceApi;

namespace OpsPlan.IntegrationTests.Finance;

public sealed class TransactionsTests(DatabaseProvider provider) : FinanceTest(provider)
{
    [Test]
    public async Task A_transaction_is_recorded_and_read_back_with_exact_money()
    {
        var client = Api.ClientFor(Roles.Finance);
        var costCenter = await CostCenterAsync(client, "MKT");

        var response = await client.PostJsonAsync(Transactions, Transaction(costCenter, "12500.5025", "ERP-1"));

        var created = await response.ShouldHaveStatus(HttpStatusCode.Created);
        Assert.Multiple(() =>
        {
            Assert.That(created["amount"]!.ToJsonString(), Is.EqualTo("""{"amount":"12500.5025","currency":"EUR"}"""));
            Assert.That(created["externalId"]!.GetValue<string>(), Is.EqualTo("ERP-1"));
            Assert.That(created["direction"]!.GetValue<string>(), Is.EqualTo("outflow"));
            Assert.That(response.Headers.ETag?.Tag, Is.EqualTo("\"1\""));
        });
        Assert.That((await client.GetJsonAsync(response.Headers.Location!.ToString())).ToJsonString(), Is.EqualTo(created.ToJsonString()));
    }

    [Test]
    public async Task Bad_transactions_are_400s_and_a_taken_external_id_is_409()
    {
        var client = Api.ClientFor(Roles.Finance);
        var costCenter = await CostCenterAsync(client, "BAD");
        var account = await CashAccountAsync(client, "Operating", "1000", openedOn: Today.AddDays(-10));
        await client.PostJsonAsync(Transactions, Transaction(costCenter, "1", "TAKEN"));

        await (await client.PostJsonAsync(Transactions, Transaction(costCenter, "-5", category: "nonsense"))).ShouldBeValidationProblem("category");
        await (await client.PostJsonAsync(Transactions, Transaction(costCenter, "0"))).ShouldBeValidationProblem("amount");
        await (await client.PostJsonAsync(Transactions, Transaction(Guid.CreateVersion7().ToString(), "1"))).ShouldBeValidationProblem("costCenterId");
        await (await client.PostJsonAsync(Transactions, Transaction(costCenter, "1", cashAccountId: Guid.CreateVersion7().ToString()))).ShouldBeValidationProblem("cashAccountId");
        await (await client.PostJsonAsync(Transactions, Transaction(costCenter, "1", currency: "USD", cashAccountId: account))).ShouldBeValidationProblem("amount.currency");
        await (await client.PostJsonAsync(Transactions, Transaction(costCenter, "1", on: Today.AddDays(-11), cashAccountId: account))).ShouldBeValidationProblem("occurredOn");
        await (await client.PostJsonAsync(Transactions, Transaction(costCenter, "1", "has space"))).ShouldBeValidationProblem("externalId");
        foreach (var currency in new[] { "XXQ", "QQQ", "XXX", "XTS", "usd" })
        {
            await (await client.PostJsonAsync(Transactions, Transaction(costCenter, "1", currency: currency))).ShouldBeValidationProblem("amount");
        }

        await (await client.PostJsonAsync(Transactions, Transaction(costCenter, "1", "TAKEN"))).ShouldBeProblem(HttpStatusCode.Conflict, "finance.duplicate-external-id");

        Assert.That((await client.GetJsonAsync(Transactions))["items"]!.AsArray(), Has.Count.EqualTo(1));
        await (await client.GetAsync($"{Transactions}/{Guid.CreateVersion7()}")).ShouldBeProblem(HttpStatusCode.NotFound);
    }

    [Test]
    public async Task A_batch_with_good_and_bad_items_writes_the_good_ones_and_reports_each()
    {
        var client = Api.ClientFor(Roles.Integrator);
        var costCenter = await CostCenterAsync(Api.ClientFor(Roles.Finance), "SYNC");
        var body = $$"""
            { "items": [
                {{Json(Transaction(costCenter, "10.00", "A-1"))}},
                {{Json(Transaction(costCenter, "0", "A-2"))}},
                { "externalId": "A-3", "amount": 12.5 },
                {{Json(Transaction(Guid.CreateVersion7().ToString(), "1", "A-4"))}},
                {{Json(Transaction(costCenter, "20.00", "A-1"))}},
                "not an object",
                {{Json(Transaction(costCenter, "30.00", "A-5"))}}
            ] }
            """;

        var result = await (await client.PostRawAsync(TransactionBatch, body)).ShouldHaveStatus(HttpStatusCode.OK);

        var items = result["items"]!.AsArray();
        Assert.Multiple(() =>
        {
            Assert.That(items.Select(item => item!["status"]!.GetValue<string>()),
                Is.EqualTo(new[] { "created", "failed", "failed", "failed", "failed", "failed", "created" }));
            Assert.That(items.Select(item => item!["index"]!.GetValue<int>()), Is.EqualTo(Enumerable.Range(0, 7)));
            Assert.That(items[1]!["errors"]!.AsObject().Select(pair => pair.Key), Is.EqualTo(new[] { "amount" }));
            Assert.That(items[2]!["externalId"]!.GetValue<string>(), Is.EqualTo("A-3"));
            Assert.That(items[2]!["errors"]!.AsObject().Select(pair => pair.Key), Is.EqualTo(new[] { "amount" }));
            Assert.That(items[3]!["errors"]!.AsObject().Select(pair => pair.Key), Is.EqualTo(new[] { "costCenterId" }));
            Assert.That(items[4]!["errors"]!.AsObject().Select(pair => pair.Key), Is.EqualTo(new[] { "externalId" }));
            Assert.That(items[5]!["errors"]!.AsObject().Select(pair => pair.Key), Is.EqualTo(new[] { "item" }));
            Assert.That((result["created"]!.GetValue<int>(), result["failed"]!.GetValue<int>()), Is.EqualTo((2, 5)));
        });
        var stored = await client.GetJsonAsync(Transactions);
        Assert.That(stored["items"]!.AsArray().Select(item => item!["externalId"]!.GetValue<string>()), Is.EquivalentTo(new[] { "A-1", "A-5" }));
    }

    [Test]
    public async Task An_item_with_text_that_is_not_unicode_fails_alone()
    {
        var client = Api.ClientFor(Roles.Integrator);
        var costCenter = await CostCenterAsync(Api.ClientFor(Roles.Finance), "UTF");
        var good = Json(Transaction(costCenter, "10.00", "U-1"));
        var body = $$"""
            { "items": [
                {{good}},
                {{good.Replace("\"U-1\"", "\"\\udc00\"", StringComparison.Ordinal)}},
                {{Json(Transaction(costCenter, "10.00", "U-3")).Replace("\"description\":\"", "\"description\":\"\\ud800", StringComparison.Ordinal)}}
            ] }
            """;

        var result = await (await client.PostRawAsync(TransactionBatch, body)).ShouldHaveStatus(HttpStatusCode.OK);

        var items = result["items"]!.AsArray();
        Assert.Multiple(() =>
        {
            Assert.That(items.Select(item => item!["status"]!.GetValue<string>()), Is.EqualTo(new[] { "created", "failed", "failed" }));
            Assert.That(items[1]!["errors"]!.AsObject().Select(pair => pair.Key), Is.EqualTo(new[] { "item" }));
            Assert.That(items[2]!["externalId"]!.GetValue<string>(), Is.EqualTo("U-3"));
        });
    }

    [Test]
    public async Task Sending_the_same_items_again_is_unchanged_and_a_changed_item_is_updated()
    {
        var client = Api.ClientFor(Roles.Finance);
        var costCenter = await CostCenterAsync(client, "UPS");
        var first = await SyncAsync(client, Transaction(costCenter, "10", "U-1"), Transaction(costCenter, "20", "U-2"));

        var again = await SyncAsync(client, Transaction(costCenter, "10", "U-1"), Transaction(costCenter, "25", "U-2"));

        Assert.Multiple(() =>
        {
            Assert.That(again["items"]!.AsArray().Select(item => item!["status"]!.GetValue<string>()), Is.EqualTo(new[] { "unchanged", "updated" }));
            Assert.That(again["items"]![1]!["id"]!.GetValue<string>(), Is.EqualTo(first["items"]![1]!["id"]!.GetValue<string>()));
            Assert.That((again["unchanged"]!.GetValue<int>(), again["updated"]!.GetValue<int>()), Is.EqualTo((1, 1)));
        });
        var updated = await client.GetJsonAsync($"{Transactions}/{first["items"]![1]!["id"]!.GetValue<string>()}");
        Assert.That((updated["amount"].Amount(), updated["version"]!.GetValue<long>()), Is.EqualTo(("25.00", 2L)));

        await SyncAsync(client, Transaction(costCenter, "25", "U-2", category: "research"));
        await client.PostJsonAsync(ExchangeRateBatch, new { items = new[] { new { currency = "EUR", effectiveOn = "2000-01-01", rate = "2" } } });
        var summary = await client.GetJsonAsync($"/api/v1/finance/spend/summary?period={ThisMonth}&costCenterId={costCenter}");
        Assert.That(summary["rows"]!.AsArray().Select(row => (row!["category"]!.GetValue<string>(), row["net"].Amount())),
            Is.EquivalentTo(new[] { ("marketing", "20.00"), ("research", "50.00") }), "a moved transaction leaves its old category's totals");
    }

    [TestCase("""{ "items": [] }""", "items")]
    [TestCase("""{ "items": {} }""", "items")]
    [TestCase("""{ "entries": [] }""", "entries")]
    [TestCase("""[1]""", "body")]
    public async Task A_batch_that_is_not_an_object_with_items_is_a_400(string body, string field)
    {
        await (await Api.ClientFor(Roles.Finance).PostRawAsync(TransactionBatch, body)).ShouldBeValidationProblem(field);
    }

    [Test]
    public async Task A_batch_of_more_than_1000_items_is_refused_whole()
    {
        var client = Api.ClientFor(Roles.Finance);
        var costCenter = await CostCenterAsync(client, "BIG");

        var tooMany = await client.PostJsonAsync(TransactionBatch, new { items = Enumerable.Range(0, 1001).Select(i => Transaction(costCenter, "1", $"B-{i}")) });

        await tooMany.ShouldBeValidationProblem("items");
        Assert.That((await client.GetJsonAsync(Transactions))["items"]!.AsArray(), Is.Empty);
    }

    [Test]
    public async Task Integrators_sync_but_do_not_create_one_by_one_and_viewers_do_neither()
    {
        var costCenter = await CostCenterAsync(Api.ClientFor(Roles.Finance), "ROLE");

        await (await Api.ClientFor(Roles.Integrator).PostJsonAsync(Transactions, Transaction(costCenter, "1"))).ShouldBeProblem(HttpStatusCode.Forbidden);
        await (await Api.ClientFor(Roles.Viewer).PostJsonAsync(TransactionBatch, new { items = new[] { Transaction(costCenter, "1", "V-1") } })).ShouldBeProblem(HttpStatusCode.Forbidden);
        await (await Api.AnonymousClient().PostJsonAsync(TransactionBatch, new { items = new[] { Transaction(costCenter, "1", "V-1") } })).ShouldBeProblem(HttpStatusCode.Unauthorized);
        Assert.That((await SyncAsync(Api.ClientFor(Roles.Integrator), Transaction(costCenter, "1", "V-1")))["created"]!.GetValue<int>(), Is.EqualTo(1));
    }

    [Test]
    public async Task Incremental_sync_pages_through_changes_oldest_first_and_sees_updates_again()
    {
        var client = Api.ClientFor(Roles.Finance);
        var costCenter = await CostCenterAsync(client, "INC");
        var since = Time.GetUtcNow().UtcDateTime.AddSeconds(-1).ToString("O");
        await SyncAsync(client, Enumerable.Range(1, 5).Select(i => Transaction(costCenter, $"{i}", $"I-{i}")).ToArray());

        var seen = new List<string>();
        string? cursor = null;
        do
        {
            var page = await client.GetJsonAsync($"{Transactions}?updatedSince={Uri.EscapeDataString(since)}&limit=2" + (cursor is null ? "" : $"&cursor={cursor}"));
            seen.AddRange(page["items"]!.AsArray().Select(item => item!["externalId"]!.GetValue<string>()));
            cursor = page["nextCursor"]?.GetValue<string>();
        }
        while (cursor is not null);

        Assert.That(seen, Is.EquivalentTo(new[] { "I-1", "I-2", "I-3", "I-4", "I-5" }));
        var checkpoint = Time.GetUtcNow().UtcDateTime.ToString("O");
        await SyncAsync(client, Transaction(costCenter, "99", "I-3"));
        var changed = await client.GetJsonAsync($"{Transactions}?updatedSince={Uri.EscapeDataString(checkpoint)}");
        Assert.That(changed["items"]!.AsArray().Select(item => item!["externalId"]!.GetValue<string>()), Is.EqualTo(new[] { "I-3" }));
    }

    [Test]
    public async Task Transactions_are_filtered_by_cost_center_category_direction_dates_and_external_id()
    {
        var client = Api.ClientFor(Roles.Finance);
        var first = await CostCenterAsync(client, "F1");
        var second = await CostCenterAsync(client, "F2");
        await SyncAsync(client,
            Transaction(first, "1", "F-1", Today.AddDays(-40), "marketing"),
            Transaction(first, "2", "F-2", Today, "research", "inflow"),
            Transaction(second, "3", "F-3", Today, "marketing"));

        async Task<IEnumerable<string>> ExternalIds(string query) =>
            (await client.GetJsonAsync($"{Transactions}?{query}"))["items"]!.AsArray().Select(item => item!["externalId"]!.GetValue<string>());

        Assert.Multiple(async () =>
        {
            Assert.That(await ExternalIds($"costCenterId={first}"), Is.EquivalentTo(new[] { "F-1", "F-2" }));
            Assert.That(await ExternalIds("category=marketing"), Is.EquivalentTo(new[] { "F-1", "F-3" }));
            Assert.That(await ExternalIds("direction=inflow"), Is.EquivalentTo(new[] { "F-2" }));
            Assert.That(await ExternalIds($"from={Today.AddDays(-1):yyyy-MM-dd}&to={Today:yyyy-MM-dd}"), Is.EquivalentTo(new[] { "F-2", "F-3" }));
            Assert.That(await ExternalIds("externalId=F-3"), Is.EquivalentTo(new[] { "F-3" }));
        });
        await (await client.GetAsync($"{Transactions}?category=food&from=2026-02-30")).ShouldBeProblem(HttpStatusCode.BadRequest);
        await (await client.GetAsync($"{Transactions}?from=2026-05-01&to=2026-04-01")).ShouldBeValidationProblem("to");
    }

    [Test]
    public async Task Ten_thousand_amounts_of_ten_and_twenty_cents_sum_exactly()
    {
        var client = Api.ClientFor(Roles.Finance);
        var costCenter = await CostCenterAsync(client, "CENTS");
        var period = ThisMonth;
        for (var batch = 0; batch < 10; batch++)
        {
            var items = Enumerable.Range(0, 1000).Select(i => Transaction(costCenter, i % 2 == 0 ? "0.10" : "0.20", $"C-{batch}-{i}", currency: "USD")).ToArray();
            Assert.That((await SyncAsync(client, items))["created"]!.GetValue<int>(), Is.EqualTo(1000));
        }

        var summary = await client.GetJsonAsync($"/api/v1/finance/spend/summary?period={period}&costCenterId={costCenter}");

        // 5,000 × 0.10 + 5,000 × 0.20 = 1,500 exactly; binary floating point would drift.
        Assert.That(summary["total"]!["outflow"]!.ToJsonString(), Is.EqualTo("""{"amount":"1500.00","currency":"USD"}"""));
        Assert.That(summary["rows"]!.AsArray().Single()!["net"].Amount(), Is.EqualTo("1500.00"));
    }

    [Test]
    public async Task A_cost_center_with_transactions_is_archived_not_deleted()
    {
        var client = Api.ClientFor(Roles.Finance);
        var costCenter = await CostCenterAsync(client, "USED");
        await SpendAsync(client, costCenter, "1");

        await (await client.DeleteAsync($"{CostCenters}/{costCenter}")).ShouldBeProblem(HttpStatusCode.Conflict, "finance.cost-center-in-use");
    }

    private static readonly JsonSerializerOptions Web = new(JsonSerializerDefaults.Web);

    private static string Json(object value) => JsonSerializer.Serialize(value, Web);

    [Test]
    public async Task The_largest_legal_batch_fits_the_batch_body_limit_while_other_bodies_keep_the_general_one()
    {
        var client = Api.ClientFor(Roles.Finance);
        var costCenter = await CostCenterAsync(client, "BIG");
        // Every text at its longest, each character sent as a six-byte JSON escape: the worst a legal batch can weigh.
        var description = string.Concat(Enumerable.Repeat("\\u20ac", 1000));
        var counterparty = string.Concat(Enumerable.Repeat("\\u20ac", 200));
        var items = Enumerable.Range(0, 1000).Select(i => $$"""
            {"externalId":"{{i.ToString("D6", System.Globalization.CultureInfo.InvariantCulture)}}{{new string('x', 94)}}","occurredOn":"{{Today:yyyy-MM-dd}}",
             "costCenterId":"{{costCenter}}","category":"marketing","direction":"outflow","amount":{"amount":"99999999999.9999","currency":"EUR"},
             "cashAccountId":null,"partnerId":null,"counterparty":"{{counterparty}}","description":"{{description}}"}
            """);
        var body = "{\"items\":[" + string.Join(",", items) + "]}";

        var response = await client.PostRawAsync(TransactionBatch, body);
        var tooLarge = await client.PostRawAsync(Transactions, "{\"description\":\"" + new string('x', 3 * 1024 * 1024) + "\"}");

        Assert.That(System.Text.Encoding.UTF8.GetByteCount(body), Is.GreaterThan(7_000_000));
        Assert.That((await response.ShouldHaveStatus(HttpStatusCode.OK))["created"]!.GetValue<int>(), Is.EqualTo(1000));
        await tooLarge.ShouldBeProblem(HttpStatusCode.RequestEntityTooLarge, "body-too-large");
    }
}
