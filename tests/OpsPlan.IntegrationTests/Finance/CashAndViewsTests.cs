using System.Net;
using OpsPlan.BuildingBlocks.Application.Security;
using OpsPlan.BuildingBlocks.Persistence;
using OpsPlan.IntegrationTests.Infrastructure;
using OpsPlan.IntegrationTests.Risk;
using static OpsPlan.IntegrationTests.Finance.FinanceApi;

namespace OpsPlan.IntegrationTests.Finance;

public sealed class CashAndViewsTests(DatabaseProvider provider) : FinanceTest(provider)
{
    [Test]
    public async Task Cash_accounts_are_created_listed_and_unique_by_name()
    {
        var client = Api.ClientFor(Roles.Finance);
        var id = await CashAccountAsync(client, "Operating EUR", "2000000.00");
        await CashAccountAsync(client, "Payroll USD", "50000", "USD");

        var account = await client.GetJsonAsync($"{CashAccounts}/{id}");
        Assert.That((account["currency"]!.GetValue<string>(), account["openingBalance"].Amount()), Is.EqualTo(("EUR", "2000000.00")));
        Assert.That((await client.GetJsonAsync($"{CashAccounts}?currency=USD"))["items"]!.AsArray(), Has.Count.EqualTo(1));
        await (await client.PostJsonAsync(CashAccounts, new { name = "Operating EUR", openingBalance = Money("1"), openedOn = "2026-01-01" }))
            .ShouldBeProblem(HttpStatusCode.Conflict, "finance.duplicate-name");
        await (await client.PostJsonAsync(CashAccounts, new { name = "", openingBalance = Money("1", "euro"), openedOn = "2026-01-01" }))
            .ShouldBeValidationProblem("openingBalance");
        await (await client.GetAsync($"{CashAccounts}/{Guid.CreateVersion7()}")).ShouldBeProblem(HttpStatusCode.NotFound);
        await (await client.GetAsync($"{CashAccounts}?currency=usd")).ShouldBeValidationProblem("currency");
        await (await client.PostJsonAsync(CashAccounts, new { name = "Made up", openingBalance = Money("1", "QQQ"), openedOn = "2026-01-01" }))
            .ShouldBeValidationProblem("openingBalance");
        await (await client.GetAsync($"{CashAccounts}?currency=QQQ")).ShouldBeValidationProblem("currency");
        Assert.That((await client.GetJsonAsync(CashAccounts))["items"]!.AsArray(), Has.Count.EqualTo(2), "nothing was stored for a made-up currency");
    }

    [Test]
    public async Task Exchange_rates_are_upserted_by_currency_and_day_with_one_result_per_item()
    {
        var client = Api.ClientFor(Roles.Integrator);
        object Rate(string currency, string day, string rate) => new { currency, effectiveOn = day, rate };

        var first = await (await client.PostJsonAsync(ExchangeRateBatch, new
        {
            items = new[] { Rate("EUR", "2026-07-01", "1.0845"), Rate("USD", "2026-07-01", "1"), Rate("GBP", "2026-07-01", "-1"), Rate("EUR", "2026-07-01", "1.1") },
        })).ShouldHaveStatus(HttpStatusCode.OK);
        var again = await (await client.PostJsonAsync(ExchangeRateBatch, new { items = new[] { Rate("EUR", "2026-07-01", "1.0845"), Rate("EUR", "2026-07-02", "1.09") } }))
            .ShouldHaveStatus(HttpStatusCode.OK);
        var changed = await (await client.PostJsonAsync(ExchangeRateBatch, new { items = new[] { Rate("EUR", "2026-07-02", "1.0912345678") } }))
            .ShouldHaveStatus(HttpStatusCode.OK);

        Assert.Multiple(async () =>
        {
            Assert.That(first["items"]!.AsArray().Select(item => item!["status"]!.GetValue<string>()), Is.EqualTo(new[] { "created", "failed", "failed", "failed" }));
            Assert.That(first["items"]![1]!["errors"]!.AsObject().Select(pair => pair.Key), Is.EqualTo(new[] { "currency" }), "USD is the reporting currency");
            Assert.That(again["items"]!.AsArray().Select(item => item!["status"]!.GetValue<string>()), Is.EqualTo(new[] { "unchanged", "created" }));
            Assert.That(changed["updated"]!.GetValue<int>(), Is.EqualTo(1));
            var rates = await client.GetJsonAsync($"{ExchangeRates}?currency=EUR&from=2026-07-02");
            Assert.That(rates["items"]!.AsArray().Single()!["rate"]!.GetValue<string>(), Is.EqualTo("1.0912345678"));
        });
        await (await client.GetAsync($"{ExchangeRates}?currency=eur&from=2026-07-02&to=2026-07-01")).ShouldBeValidationProblem("currency", "to");
        await (await Api.ClientFor(Roles.Viewer).PostJsonAsync(ExchangeRateBatch, new { items = new[] { Rate("EUR", "2026-07-03", "1") } })).ShouldBeProblem(HttpStatusCode.Forbidden);
    }

    [Test]
    public async Task Variance_shows_budgeted_actual_remaining_percent_projection_and_state_per_line()
    {
        var client = Api.ClientFor(Roles.Finance);
        var costCenter = await CostCenterAsync(client, "VAR");
        var budget = await ApprovedBudgetAsync(client, costCenter, "2025", ("marketing", "1000.00"), ("research", "200.00"), ("other", "100.00"));
        var inYear = new DateOnly(2025, 6, 30);
        await SyncAsync(client,
            Transaction(costCenter, "850.00", "V-1", inYear),
            Transaction(costCenter, "50.00", "V-2", inYear, direction: "inflow"),
            Transaction(costCenter, "250.00", "V-3", inYear, "research"),
            Transaction(costCenter, "10.00", "V-4", inYear, "other"),
            Transaction(costCenter, "999.00", "V-5", new DateOnly(2026, 1, 1)));

        var variance = await client.GetJsonAsync($"{Budgets}/{budget.Id()}/variance");

        var lines = variance["lines"]!.AsArray().ToDictionary(line => line!["category"]!.GetValue<string>(), line => line!);
        Assert.Multiple(() =>
        {
            Assert.That(variance["daysElapsed"]!.GetValue<int>(), Is.EqualTo(365), "a past period is complete");
            Assert.That(lines["marketing"]["actual"].Amount(), Is.EqualTo("800.00"), "net of the refund; next year's spend left out");
            Assert.That(lines["marketing"]["remaining"].Amount(), Is.EqualTo("200.00"));
            Assert.That(lines["marketing"]["percentConsumed"]!.GetValue<decimal>(), Is.EqualTo(80m));
            Assert.That(lines["marketing"]["state"]!.GetValue<string>(), Is.EqualTo("warning"));
            Assert.That(lines["marketing"]["projectedAtPeriodEnd"].Amount(), Is.EqualTo("800.00"));
            Assert.That(lines["research"]["state"]!.GetValue<string>(), Is.EqualTo("over"));
            Assert.That(lines["research"]["remaining"].Amount(), Is.EqualTo("-50.00"));
            Assert.That(lines["other"]["state"]!.GetValue<string>(), Is.EqualTo("ok"));
            Assert.That(variance["total"]!["actual"].Amount(), Is.EqualTo("1060.00"));
            Assert.That(variance["total"]!["state"]!.GetValue<string>(), Is.EqualTo("warning"));
        });
    }

    [Test]
    public async Task Variance_projects_the_burn_so_far_to_the_end_of_a_running_period()
    {
        var client = Api.ClientFor(Roles.Finance);
        var costCenter = await CostCenterAsync(client, "PROJ");
        var year = Today.Year.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var budget = await ApprovedBudgetAsync(client, costCenter, year, ("marketing", "1000000.00"));
        await SpendAsync(client, costCenter, "1000.00");

        var variance = await client.GetJsonAsync($"{Budgets}/{budget.Id()}/variance");

        var elapsed = Today.DayOfYear;
        var days = DateTime.IsLeapYear(Today.Year) ? 366 : 365;
        var expected = decimal.Round(1000m * days / elapsed, 4, MidpointRounding.AwayFromZero);
        Assert.That(decimal.Parse(variance["lines"]![0]!["projectedAtPeriodEnd"].Amount(), System.Globalization.CultureInfo.InvariantCulture), Is.EqualTo(expected));
        Assert.That(variance["daysElapsed"]!.GetValue<int>(), Is.EqualTo(elapsed));
    }

    [Test]
    public async Task Variance_converts_other_currencies_and_names_a_missing_rate()
    {
        var client = Api.ClientFor(Roles.Finance);
        var costCenter = await CostCenterAsync(client, "FX");
        var budget = await ApprovedBudgetAsync(client, costCenter, "2025", ("marketing", "1000.00"));
        await SyncAsync(client, Transaction(costCenter, "100.00", "FX-1", new DateOnly(2025, 3, 1), currency: "GBP"));

        await (await client.GetAsync($"{Budgets}/{budget.Id()}/variance")).ShouldBeProblem(HttpStatusCode.Conflict, "finance.missing-exchange-rate");

        await client.PostJsonAsync(ExchangeRateBatch, new { items = new[] { new { currency = "GBP", effectiveOn = "2025-01-01", rate = "1.25" }, new { currency = "EUR", effectiveOn = "2025-01-01", rate = "1.1" } } });
        var variance = await client.GetJsonAsync($"{Budgets}/{budget.Id()}/variance");
        // 100 GBP = 125 USD = 113.6364 EUR (rounded half away from zero to the 4th decimal).
        Assert.That(variance["lines"]![0]!["actual"].Amount(), Is.EqualTo("113.6364"));
    }

    [Test]
    public async Task Cash_flow_reports_each_month_per_account_and_in_total_with_running_balances()
    {
        var client = Api.ClientFor(Roles.Finance);
        var costCenter = await CostCenterAsync(client, "CF");
        var eur = await CashAccountAsync(client, "Bank EUR", "1000.00", "EUR", new DateOnly(2025, 1, 1));
        var usd = await CashAccountAsync(client, "Bank USD", "500.00", "USD", new DateOnly(2025, 1, 1));
        await client.PostJsonAsync(ExchangeRateBatch, new { items = new[] { new { currency = "EUR", effectiveOn = "2025-01-01", rate = "2" } } });
        await SyncAsync(client,
            Transaction(costCenter, "100.00", "CF-0", new DateOnly(2025, 1, 15), cashAccountId: eur),
            Transaction(costCenter, "300.00", "CF-1", new DateOnly(2025, 2, 10), direction: "inflow", cashAccountId: eur),
            Transaction(costCenter, "50.00", "CF-2", new DateOnly(2025, 2, 20), cashAccountId: eur),
            Transaction(costCenter, "25.00", "CF-3", new DateOnly(2025, 3, 5), currency: "USD", cashAccountId: usd));

        var flow = await client.GetJsonAsync("/api/v1/finance/cash-flow?from=2025-02-01&to=2025-03-31&granularity=month");

        var euro = flow["accounts"]!.AsArray().Single(account => account!["name"]!.GetValue<string>() == "Bank EUR")!;
        Assert.Multiple(() =>
        {
            Assert.That(euro["openingBalance"].Amount(), Is.EqualTo("900.00"), "1,000 opening less January's 100");
            Assert.That(euro["buckets"]![0]!["inflow"].Amount(), Is.EqualTo("300.00"));
            Assert.That(euro["buckets"]![0]!["outflow"].Amount(), Is.EqualTo("50.00"));
            Assert.That(euro["buckets"]![0]!["net"].Amount(), Is.EqualTo("250.00"));
            Assert.That(euro["buckets"]![0]!["balance"].Amount(), Is.EqualTo("1150.00"));
            Assert.That(euro["buckets"]![1]!["balance"].Amount(), Is.EqualTo("1150.00"));
            Assert.That(flow["reportingCurrency"]!.GetValue<string>(), Is.EqualTo("USD"));
            Assert.That(flow["total"]!["openingBalance"].Amount(), Is.EqualTo("2300.00"), "900 EUR × 2 + 500 USD");
            Assert.That(flow["total"]!["buckets"]![1]!["net"].Amount(), Is.EqualTo("-25.00"));
            Assert.That(flow["total"]!["buckets"]![1]!["balance"].Amount(), Is.EqualTo("2775.00"), "1,150 EUR × 2 + 475 USD");
        });
    }

    [Test]
    public async Task Cash_flow_by_week_cuts_monday_to_sunday_and_clips_to_the_range()
    {
        var client = Api.ClientFor(Roles.Finance);
        await CashAccountAsync(client, "Bank", "10.00", "USD", new DateOnly(2025, 1, 1));

        var flow = await client.GetJsonAsync("/api/v1/finance/cash-flow?from=2025-03-05&to=2025-03-20&granularity=week");

        var buckets = flow["total"]!["buckets"]!.AsArray().Select(bucket => (bucket!["start"]!.GetValue<string>(), bucket["end"]!.GetValue<string>()));
        Assert.That(buckets, Is.EqualTo(new[] { ("2025-03-05", "2025-03-09"), ("2025-03-10", "2025-03-16"), ("2025-03-17", "2025-03-20") }));
    }

    [TestCase("to=2025-01-01", "from")]
    [TestCase("from=2025-02-01&to=2025-01-01", "to")]
    [TestCase("from=2020-01-01&to=2026-01-01", "to")]
    [TestCase("from=2025-01-01&to=2025-02-01&granularity=day", "granularity")]
    [TestCase("from=9999-12-01&to=9999-12-31&granularity=week", "from,to")]
    [TestCase("from=0001-01-01&to=0001-02-01", "from,to")]
    [TestCase("from=2999-12-01&to=3000-01-31", "to")]
    public async Task Cash_flow_needs_a_valid_range(string query, string fields)
    {
        await (await Api.ClientFor(Roles.Viewer).GetAsync($"/api/v1/finance/cash-flow?{query}")).ShouldBeValidationProblem(fields.Split(','));
    }

    [Test]
    public async Task Runway_is_not_burning_when_more_comes_in_than_goes_out()
    {
        var client = Api.ClientFor(Roles.Finance);
        var costCenter = await CostCenterAsync(client, "RUN");
        var account = await CashAccountAsync(client, "Bank", "1000.00", "USD", Today.AddMonths(-5));
        var lastMonth = new DateOnly(Today.Year, Today.Month, 1).AddDays(-1);
        await SyncAsync(client, Transaction(costCenter, "500.00", "IN-1", lastMonth, direction: "inflow", currency: "USD", cashAccountId: account));

        var runway = await client.GetJsonAsync("/api/v1/finance/runway");

        Assert.Multiple(() =>
        {
            Assert.That(runway["cash"].Amount(), Is.EqualTo("1500.00"));
            Assert.That(runway["burning"]!.GetValue<bool>(), Is.False);
            Assert.That(runway["months"]?.GetValue<decimal?>(), Is.Null);
            Assert.That(runway["belowAlert"]!.GetValue<bool>(), Is.False);
            Assert.That(runway["burnTo"]!.GetValue<string>(), Is.EqualTo(lastMonth.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)));
        });
    }

    [Test]
    public async Task Runway_names_a_missing_exchange_rate_instead_of_guessing()
    {
        var client = Api.ClientFor(Roles.Finance);
        await CashAccountAsync(client, "Bank CHF", "1000.00", "CHF");

        await (await client.GetAsync("/api/v1/finance/runway")).ShouldBeProblem(HttpStatusCode.Conflict, "finance.missing-exchange-rate");

        await client.PostJsonAsync(ExchangeRateBatch, new { items = new[] { new { currency = "CHF", effectiveOn = "2000-01-01", rate = "1.25" } } });
        Assert.That((await client.GetJsonAsync("/api/v1/finance/runway"))["cash"].Amount(), Is.EqualTo("1250.00"));
    }

    [Test]
    public async Task Spend_summary_groups_by_cost_center_and_category_in_the_reporting_currency()
    {
        var client = Api.ClientFor(Roles.Finance);
        var marketing = await CostCenterAsync(client, "S-MKT");
        var research = await CostCenterAsync(client, "S-RND");
        await client.PostJsonAsync(ExchangeRateBatch, new { items = new[] { new { currency = "EUR", effectiveOn = "2025-01-01", rate = "1.5" } } });
        var inQuarter = new DateOnly(2025, 8, 1);
        await SyncAsync(client,
            Transaction(marketing, "100.00", "S-1", inQuarter),
            Transaction(marketing, "10.00", "S-2", inQuarter, direction: "inflow"),
            Transaction(marketing, "40.00", "S-3", inQuarter, currency: "USD"),
            Transaction(research, "7.00", "S-4", inQuarter, "research", currency: "USD"),
            Transaction(research, "1000.00", "S-5", new DateOnly(2025, 10, 1), "research", currency: "USD"));

        var summary = await client.GetJsonAsync("/api/v1/finance/spend/summary?period=2025-Q3");

        var rows = summary["rows"]!.AsArray().Select(row => (row!["costCenterCode"]!.GetValue<string>(), row["category"]!.GetValue<string>(),
            row["outflow"].Amount(), row["inflow"].Amount(), row["net"].Amount()));
        Assert.That(rows, Is.EqualTo(new[] { ("S-MKT", "marketing", "190.00", "15.00", "175.00"), ("S-RND", "research", "7.00", "0.00", "7.00") }));
        Assert.That(summary["total"]!["net"].Amount(), Is.EqualTo("182.00"));
        Assert.That((await client.GetJsonAsync($"/api/v1/finance/spend/summary?period=2025-Q3&costCenterId={research}"))["rows"]!.AsArray(), Has.Count.EqualTo(1));
        await (await client.GetAsync("/api/v1/finance/spend/summary")).ShouldBeValidationProblem("period");
    }
}
