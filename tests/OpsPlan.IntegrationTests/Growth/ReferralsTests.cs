using System.Net;
using System.Text.Json.Nodes;
using OpsPlan.BuildingBlocks.Persistence;
using OpsPlan.IntegrationTests.Infrastructure;
using OpsPlan.IntegrationTests.Risk;

namespace OpsPlan.IntegrationTests.Growth;

/// <summary>The invite-reward programme: codes, redemption by call or by sync, the reward given once, the caps and the leaderboard, races included.</summary>
public sealed class ReferralsTests(DatabaseProvider provider) : GrowthTest(provider)
{
    private const string Programs = "/api/v1/growth/referral-programs";
    private const string Referrals = "/api/v1/growth/referrals";

    private async Task<string> ProgramAsync(string trigger = "signup", int? perReferrerCap = null, int? programCap = null, DateTime? startsAt = null) =>
        (await (await Growth.PostJsonAsync(Programs, new
        {
            name = "Invite " + Guid.NewGuid().ToString("N")[..6],
            reward = new { kind = "points", points = 500 },
            trigger,
            perReferrerCap,
            programCap,
            startsAt = startsAt ?? Start.AddDays(-1),
        })).ShouldHaveStatus(HttpStatusCode.Created)).Id();

    private async Task<string> CodeAsync(string program, string externalId) =>
        (await (await Growth.PostJsonAsync($"{Programs}/{program}/invite-codes", new { customerId = (await CustomerAsync(externalId)).Id() }))
            .ShouldHaveStatus(HttpStatusCode.Created))["inviteCode"]!["code"]!.GetValue<string>();

    private Task<HttpResponseMessage> RedeemAsync(string code, string inviteeExternalId) =>
        Growth.PostJsonAsync(Referrals, new { code, customerExternalId = inviteeExternalId });

    private async Task<long> BalanceAsync(string externalId) =>
        (await Growth.GetJsonAsync($"{Customers}/{(await CustomerAsync(externalId)).Id()}/points"))["balance"]!.GetValue<long>();

    [Test]
    public async Task A_signup_referral_rewards_the_referrer_once_with_points()
    {
        await SyncAsync(Customer("ana"), Customer("ben"));
        var program = await ProgramAsync();
        var code = await CodeAsync(program, "ana");
        var again = await (await Growth.PostJsonAsync($"{Programs}/{program}/invite-codes", new { customerId = (await CustomerAsync("ana")).Id() }))
            .ShouldHaveStatus(HttpStatusCode.OK);

        var referral = await (await RedeemAsync(code.ToLowerInvariant(), "ben")).ShouldHaveStatus(HttpStatusCode.Created);
        await (await RedeemAsync(code, "ben")).ShouldBeProblem(HttpStatusCode.Conflict, "growth.already-referred");
        var entries = await Growth.GetJsonAsync($"{Customers}/{(await CustomerAsync("ana")).Id()}/points/entries");
        var programAfter = await Growth.GetJsonAsync($"{Programs}/{program}");

        Assert.Multiple(async () =>
        {
            Assert.That(code, Has.Length.EqualTo(12));
            Assert.That(again["inviteCode"]!["code"]!.GetValue<string>(), Is.EqualTo(code), "one code per customer and programme");
            Assert.That(referral["status"]!.GetValue<string>(), Is.EqualTo("rewarded"));
            Assert.That(await BalanceAsync("ana"), Is.EqualTo(500));
            Assert.That(entries["items"]!.AsArray().Single()!["source"]!.GetValue<string>(), Is.EqualTo("referral"));
            Assert.That(programAfter["referrals"]!.GetValue<int>(), Is.EqualTo(1));
            Assert.That(programAfter["rewarded"]!.GetValue<int>(), Is.EqualTo(1));
        });
    }

    [Test]
    public async Task A_first_purchase_referral_waits_for_the_invitees_first_purchase_and_rewards_once()
    {
        await SyncAsync(Customer("ana"));
        var program = await ProgramAsync("first-purchase");
        var code = await CodeAsync(program, "ana");
        await SyncAsync(Customer("ben").With("referralCode", code));

        var pending = await Growth.GetJsonAsync($"{Programs}/{program}/referrals");
        await SendEventsAsync(Event("login", "ben", Start, "login"));
        var balanceAfterLogin = await BalanceAsync("ana");
        await SendEventsAsync(Event("buy-1", "ben", Start, "purchase", 20m));
        await SendEventsAsync(Event("buy-2", "ben", Start, "purchase", 20m));
        var rewarded = await Growth.GetJsonAsync($"{Programs}/{program}/referrals?status=rewarded");

        Assert.Multiple(async () =>
        {
            Assert.That(pending["items"]!.AsArray().Single()!["status"]!.GetValue<string>(), Is.EqualTo("pending"));
            Assert.That(balanceAfterLogin, Is.Zero);
            Assert.That(rewarded["items"]!.AsArray(), Has.Count.EqualTo(1));
            Assert.That(await BalanceAsync("ana"), Is.EqualTo(500), "the second purchase rewards nothing more");
        });
    }

    [Test]
    public async Task Self_referral_by_the_same_customer_or_the_same_email_is_refused()
    {
        await SyncAsync(Customer("ana"), Customer("ana-alias").With("email", "ANA@example.com"));
        var code = await CodeAsync(await ProgramAsync(), "ana");

        await (await RedeemAsync(code, "ana")).ShouldBeProblem(HttpStatusCode.Conflict, "growth.self-referral");
        await (await RedeemAsync(code, "ana-alias")).ShouldBeProblem(HttpStatusCode.Conflict, "growth.self-referral");
        var synced = await SyncAsync(Customer("ana-new").With("email", "ana@example.com").With("referralCode", code));

        Assert.Multiple(async () =>
        {
            Assert.That(Statuses(synced), Is.EqualTo(new[] { "failed" }));
            Assert.That(synced["items"]![0]!["errors"]!["referralCode"], Is.Not.Null);
            Assert.That((await Growth.GetJsonAsync($"{Customers}?externalId=ana-new"))["items"]!.AsArray(), Is.Empty, "the failed item wrote nothing");
            Assert.That(await BalanceAsync("ana"), Is.Zero);
        });
    }

    [Test]
    public async Task Caps_hold_when_redemptions_race()
    {
        var invitees = Enumerable.Range(0, 8).Select(index => Customer($"invitee-{index}")).ToArray();
        await SyncAsync([Customer("ana"), .. invitees]);
        var program = await ProgramAsync(perReferrerCap: 3);
        var code = await CodeAsync(program, "ana");

        var responses = await Task.WhenAll(Enumerable.Range(0, 8).Select(index => RedeemAsync(code, $"invitee-{index}")));
        var statuses = responses.Select(response => response.StatusCode).ToList();
        var leaderboard = await Growth.GetJsonAsync($"{Programs}/{program}/leaderboard");

        Assert.Multiple(async () =>
        {
            Assert.That(statuses.Count(status => status == HttpStatusCode.Created), Is.EqualTo(3));
            Assert.That(statuses.Count(status => status == HttpStatusCode.Conflict), Is.EqualTo(5));
            Assert.That(await BalanceAsync("ana"), Is.EqualTo(1_500), "three rewards, never more");
            Assert.That(leaderboard["entries"]![0]!["referrals"]!.GetValue<int>(), Is.EqualTo(3));
        });
        foreach (var refused in responses.Where(response => response.StatusCode == HttpStatusCode.Conflict))
        {
            await refused.ShouldBeProblem(HttpStatusCode.Conflict, "growth.cap-reached");
        }
    }

    [Test]
    public async Task One_invitee_racing_two_codes_is_referred_once()
    {
        await SyncAsync(Customer("ana"), Customer("cem"), Customer("ben"));
        var program = await ProgramAsync();
        var anas = await CodeAsync(program, "ana");
        var cems = await CodeAsync(program, "cem");

        var responses = await Task.WhenAll(RedeemAsync(anas, "ben"), RedeemAsync(cems, "ben"), RedeemAsync(anas, "ben"), RedeemAsync(cems, "ben"));

        Assert.Multiple(async () =>
        {
            Assert.That(responses.Count(response => response.StatusCode == HttpStatusCode.Created), Is.EqualTo(1));
            Assert.That(await BalanceAsync("ana") + await BalanceAsync("cem"), Is.EqualTo(500));
        });
    }

    [Test]
    public async Task The_leaderboard_ranks_by_rewards_then_referrals_and_ties_share_a_rank()
    {
        await SyncAsync(Customer("ana"), Customer("cem"), Customer("dia"), Customer("i1"), Customer("i2"), Customer("i3"), Customer("i4"));
        var program = await ProgramAsync();
        var (ana, cem, dia) = (await CodeAsync(program, "ana"), await CodeAsync(program, "cem"), await CodeAsync(program, "dia"));
        await CodeAsync(program, "i4");
        foreach (var (code, invitee) in new[] { (ana, "i1"), (ana, "i2"), (cem, "i3"), (dia, "i4") })
        {
            await (await RedeemAsync(code, invitee)).ShouldHaveStatus(HttpStatusCode.Created);
        }

        var board = await Growth.GetJsonAsync($"{Programs}/{program}/leaderboard?top=3");
        var entries = board["entries"]!.AsArray();

        Assert.Multiple(() =>
        {
            Assert.That(entries.Select(entry => entry!["code"]!.GetValue<string>()).First(), Is.EqualTo(ana));
            Assert.That(entries.Select(entry => entry!["rank"]!.GetValue<int>()), Is.EqualTo(new[] { 1, 2, 2 }));
            Assert.That(entries.Select(entry => entry!["referrals"]!.GetValue<int>()), Is.EqualTo(new[] { 2, 1, 1 }), "a code never redeemed is not on the board");
        });
        await (await Growth.GetAsync($"{Programs}/{program}/leaderboard?top=500")).ShouldBeValidationProblem("top");
    }

    [Test]
    public async Task Redemption_refusals_name_the_rule_or_the_field()
    {
        await SyncAsync(Customer("ana"), Customer("old", signedUpAt: Start.AddDays(-30)), Customer("ben"));
        var closed = await ProgramAsync(startsAt: Start.AddDays(5));
        var open = await ProgramAsync(startsAt: Start.AddDays(-1), programCap: 1);
        var closedCode = await CodeAsync(closed, "ana");
        var openCode = await CodeAsync(open, "ana");

        await (await RedeemAsync(closedCode, "ben")).ShouldBeProblem(HttpStatusCode.Conflict, "growth.program-inactive");
        await (await RedeemAsync(openCode, "old")).ShouldBeProblem(HttpStatusCode.Conflict, "growth.not-a-new-customer");
        await (await RedeemAsync("NOSUCHCODE00", "ben")).ShouldBeValidationProblem("code");
        await (await RedeemAsync(openCode, "nobody")).ShouldBeValidationProblem("customerExternalId");
        await (await Growth.PostJsonAsync(Referrals, new { code = openCode })).ShouldBeValidationProblem("customerId");
        await (await Growth.PostJsonAsync(Programs, new { name = "Bad", reward = new { kind = "points" }, trigger = "signup", perReferrerCap = 5, programCap = 2, startsAt = Start }))
            .ShouldBeValidationProblem("reward.points", "perReferrerCap");
        await (await Growth.GetAsync("/api/v1/growth/invite-codes/NOSUCHCODE00")).ShouldBeProblem(HttpStatusCode.NotFound);
        await (await Growth.PostJsonAsync($"{Programs}/{Guid.CreateVersion7()}/invite-codes", new { customerId = (await CustomerAsync("ana")).Id() }))
            .ShouldBeProblem(HttpStatusCode.NotFound);

        var program = await Growth.GetJsonAsync($"{Programs}/{open}");
        Assert.That(program["referrals"]!.GetValue<int>(), Is.Zero, "refused redemptions counted nothing");
    }
}
