using System.Net;
using OpsPlan.BuildingBlocks.Application.Security;
using OpsPlan.BuildingBlocks.Persistence;
using OpsPlan.IntegrationTests.Infrastructure;
using OpsPlan.IntegrationTests.Risk;
using static OpsPlan.IntegrationTests.Partners.PartnerDesk;

namespace OpsPlan.IntegrationTests.Partners;

/// <summary>
/// Least privilege (seed ch.14): a partner's own key reads its own partner, agreements and SLA figures and submits its
/// own measurements; another partner's data is 404 on every endpoint, everything else is 403.
/// </summary>
public sealed class PartnerScopeTests(DatabaseProvider provider) : PartnersTest(provider)
{
    [Test]
    public async Task A_partner_key_reads_and_measures_its_own_partner_and_finds_no_other()
    {
        var own = await Desk.ActivePartnerAsync("Own");
        var other = await Desk.ActivePartnerAsync("Other");
        var ownAgreement = (await Desk.SignAsync(own)).Id();
        var otherAgreement = (await Desk.SignAsync(other)).Id();
        var key = await Desk.PartnerKeyClientAsync(own);

        var listed = await key.GetJsonAsync(Partners);
        await key.GetJsonAsync($"{Partners}/{own}");
        await key.GetJsonAsync($"{Partners}/{own}/agreements");
        await key.GetJsonAsync($"{Partners}/{own}/agreements/{ownAgreement}");
        await key.GetJsonAsync($"{Partners}/{own}/agreements/{ownAgreement}/sla-measurements");
        await key.GetJsonAsync($"{Partners}/{own}/sla");
        var measured = await MeasureAsync(key, Measurement(ownAgreement, "uptime-percent", "2026-05", 99.99m), Measurement(otherAgreement, "uptime-percent", "2026-05", 90m));

        foreach (var path in new[]
        {
            $"{Partners}/{other}", $"{Partners}/{other}/agreements", $"{Partners}/{other}/agreements/{otherAgreement}",
            $"{Partners}/{other}/agreements/{otherAgreement}/sla-measurements", $"{Partners}/{other}/sla", $"{Partners}/{own}/agreements/{otherAgreement}",
        })
        {
            await (await key.GetAsync(path)).ShouldBeProblem(HttpStatusCode.NotFound);
        }

        Assert.Multiple(async () =>
        {
            Assert.That(listed["items"]!.AsArray().Select(item => item!.Id()), Is.EqualTo(new[] { own }));
            Assert.That(Statuses(measured), Is.EqualTo(new[] { "created", "failed" }));
            Assert.That(measured["items"]![1]!["errors"]!["agreementId"]![0]!.GetValue<string>(), Is.EqualTo("No agreement has this id."));
            Assert.That((await Procurement.GetJsonAsync($"{Partners}/{other}/agreements/{otherAgreement}/sla-measurements")).AsArray(), Is.Empty);
        });
    }

    [Test]
    public async Task A_partner_key_may_do_nothing_else_in_this_or_any_other_module()
    {
        var own = await Desk.ActivePartnerAsync("Own");
        var agreement = (await Desk.SignAsync(own)).Id();
        var key = await Desk.PartnerKeyClientAsync(own);

        foreach (var path in new[]
        {
            $"{Module}/partners/summary", $"{Partners}/{own}/status-history", $"{Partners}/{own}/spend", $"{Partners}/{own}/due-diligence",
            $"{Partners}/{own}/scorecards", $"{Module}/agreements/expiring", "/api/v1/risk/risks", "/api/v1/finance/cost-centers",
            "/api/v1/growth/customers", "/api/v1/lifecycle/products", "/api/v1/admin/api-keys",
        })
        {
            await (await key.GetAsync(path)).ShouldBeProblem(HttpStatusCode.Forbidden);
        }

        await (await key.PostJsonAsync(Partners, new { name = "Mine", type = "supplier", country = "DE" })).ShouldBeProblem(HttpStatusCode.Forbidden);
        await (await key.PutJsonAsync($"{Partners}/{own}/agreements/{agreement}", Agreement())).ShouldBeProblem(HttpStatusCode.Forbidden);
        await (await key.PostJsonAsync($"{Partners}/{own}/status-transitions", new { status = "suspended", reason = "x" })).ShouldBeProblem(HttpStatusCode.Forbidden);
        await (await key.PostJsonAsync($"{Partners}/{own}/scorecards", new { period = "2026-Q2" })).ShouldBeProblem(HttpStatusCode.Forbidden);
        await (await key.PostJsonAsync("/api/v1/growth/events/batch", new { items = Array.Empty<object>() })).ShouldBeProblem(HttpStatusCode.Forbidden);
    }

    [Test]
    public async Task A_partner_key_names_an_existing_partner_and_carries_the_partner_role_alone()
    {
        var admin = Api.ClientFor(Roles.Admin);
        const string Keys = "/api/v1/admin/api-keys";

        await (await admin.PostJsonAsync(Keys, new { name = "x", roles = new[] { "partner" } })).ShouldBeValidationProblem("partnerId");
        await (await admin.PostJsonAsync(Keys, new { name = "x", roles = new[] { "partner", "integrator" }, partnerId = Guid.CreateVersion7() }))
            .ShouldBeValidationProblem("roles");
        await (await admin.PostJsonAsync(Keys, new { name = "x", roles = new[] { "integrator" }, partnerId = Guid.CreateVersion7() })).ShouldBeValidationProblem("partnerId");
        await (await admin.PostJsonAsync(Keys, new { name = "x", roles = new[] { "partner" }, partnerId = Guid.CreateVersion7() })).ShouldBeValidationProblem("partnerId");

        Assert.That((await admin.GetJsonAsync(Keys))["items"]!.AsArray(), Is.Empty);
    }
}
