using System.Net;
using System.Text.Json.Nodes;
using OpsPlan.BuildingBlocks.Application.Security;
using OpsPlan.IntegrationTests.Infrastructure;
using OpsPlan.IntegrationTests.Risk;

namespace OpsPlan.IntegrationTests.Partners;

/// <summary>
/// What a procurement team does through the API — onboard a partner, sign an agreement, report SLA measurements — for
/// the partners module's tests and for any other test that needs a partner.
/// </summary>
public sealed class PartnerDesk(TestApi api)
{
    public const string Module = "/api/v1/partners";
    public const string Partners = Module + "/partners";
    public const string Measurements = Module + "/sla-measurements/batch";

    public HttpClient Procurement => api.ClientFor(Roles.Partners);

    public async Task<JsonNode> CreatePartnerAsync(string name = "CloudHost Asia", string type = "technology", string country = "SG") =>
        await (await Procurement.PostJsonAsync(Partners, new
        {
            name, type, country, contacts = new[] { new { name = "Mei Lin", role = "Account manager", email = "mei@cloudhost.example" } },
        })).ShouldHaveStatus(HttpStatusCode.Created);

    public async Task<HttpResponseMessage> MoveAsync(string partnerId, string status, string reason = "Decided.")
    {
        var current = await Procurement.GetAsync($"{Partners}/{partnerId}");
        return await Procurement.PostJsonAsync($"{Partners}/{partnerId}/status-transitions", new { status, reason }, current.Headers.ETag!.Tag);
    }

    /// <summary>Submits and approves every item of the partner's checklist.</summary>
    public async Task ApproveChecklistAsync(string partnerId)
    {
        foreach (var item in (await Procurement.GetJsonAsync($"{Partners}/{partnerId}/due-diligence")).AsArray())
        {
            var id = item!.Id();
            var submitted = await (await Procurement.PostJsonAsync($"{Partners}/{partnerId}/due-diligence/{id}/evidence", new { evidence = "Checked." }))
                .ShouldHaveStatus(HttpStatusCode.OK);
            await (await Procurement.PostJsonAsync($"{Partners}/{partnerId}/due-diligence/{id}/reviews", new { decision = "approved" }, submitted.ETag()))
                .ShouldHaveStatus(HttpStatusCode.OK);
        }
    }

    /// <summary>A partner onboarded and active.</summary>
    public async Task<string> ActivePartnerAsync(string name = "CloudHost Asia")
    {
        var partner = (await CreatePartnerAsync(name)).Id();
        await (await MoveAsync(partner, "onboarding")).ShouldHaveStatus(HttpStatusCode.OK);
        await ApproveChecklistAsync(partner);
        await (await MoveAsync(partner, "active")).ShouldHaveStatus(HttpStatusCode.OK);
        return partner;
    }

    public static object Agreement(string start = "2026-01-01", string end = "2027-12-31", int noticeDays = 90) => new
    {
        title = "APAC hosting", type = "outsourcing", startDate = start, endDate = end, value = new { amount = "480000.00", currency = "EUR" }, autoRenew = true, noticeDays,
        slaTargets = new object[]
        {
            new { metric = "uptime-percent", target = 99.9m, comparison = "at-least" },
            new { metric = "response-hours", target = 4m, comparison = "at-most" },
        },
    };

    public async Task<JsonNode> SignAsync(string partnerId, object? agreement = null) =>
        await (await Procurement.PostJsonAsync($"{Partners}/{partnerId}/agreements", agreement ?? Agreement())).ShouldHaveStatus(HttpStatusCode.Created);

    public static object Measurement(string agreementId, string metric, string period, decimal value) => new { agreementId, metric, period, value };

    public static async Task<JsonNode> MeasureAsync(HttpClient client, params object[] items) =>
        await (await client.PostJsonAsync(Measurements, new { items })).ShouldHaveStatus(HttpStatusCode.OK);

    /// <summary>A client with the partner's own integration key, issued by an admin.</summary>
    public async Task<HttpClient> PartnerKeyClientAsync(string partnerId)
    {
        var created = await (await api.ClientFor(Roles.Admin).PostJsonAsync("/api/v1/admin/api-keys", new { name = "Partner portal", roles = new[] { "partner" }, partnerId }))
            .ShouldHaveStatus(HttpStatusCode.Created);
        var client = api.AnonymousClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", created["key"]!.GetValue<string>());
        return client;
    }

    public static IEnumerable<string?> Statuses(JsonNode batch) => batch["items"]!.AsArray().Select(item => item!["status"]!.GetValue<string>());
}
