using System.Net;
using OpsPlan.BuildingBlocks.Persistence;
using OpsPlan.IntegrationTests.Infrastructure;
using OpsPlan.IntegrationTests.Risk;

namespace OpsPlan.IntegrationTests.Lifecycle;

/// <summary>A product's retirement plan: dates in order, somewhere for its users to go, a draft until approved.</summary>
public sealed class RetirementPlanTests(DatabaseProvider provider) : LifecycleTest(provider)
{
    private static object Plan(string announcement = "2026-07-01", string endOfSale = "2026-09-30", string endOfSupport = "2027-03-31", string? target = null,
        string? compensation = "Three months refunded.") =>
        new { announcementDate = announcement, endOfSale, endOfSupport, migrationTargetProductId = target, compensationPolicy = compensation };

    [Test]
    public async Task A_plan_is_written_revised_as_a_draft_approved_once_and_then_frozen()
    {
        var product = (await CreateProductAsync()).Id();
        var successor = (await CreateProductAsync("Successor")).Id();
        var url = $"{Products}/{product}/retirement-plan";

        await (await Team.GetAsync(url)).ShouldBeProblem(HttpStatusCode.NotFound);
        var drafted = await (await Team.PutJsonAsync(url, Plan())).ShouldHaveStatus(HttpStatusCode.Created);
        var revised = await (await Team.PutJsonAsync(url, Plan(target: successor, compensation: null), drafted.ETag())).ShouldHaveStatus(HttpStatusCode.OK);
        await (await Team.PutJsonAsync(url, Plan(), drafted.ETag())).ShouldBeProblem(HttpStatusCode.PreconditionFailed);
        var approved = await (await Team.PostJsonAsync(url + "/approval", new { })).ShouldHaveStatus(HttpStatusCode.OK);
        await (await Team.PutJsonAsync(url, Plan())).ShouldBeProblem(HttpStatusCode.Conflict, "lifecycle.plan-approved");
        await (await Team.PostJsonAsync(url + "/approval", new { })).ShouldBeProblem(HttpStatusCode.Conflict, "lifecycle.plan-approved");

        Assert.Multiple(async () =>
        {
            Assert.That(revised["migrationTargetProductId"]!.GetValue<string>(), Is.EqualTo(successor));
            Assert.That(revised["compensationPolicy"], Is.Null);
            Assert.That((approved["status"]!.GetValue<string>(), approved["approvedBy"]!.GetValue<string>(), approved["approvedAt"]!.GetValue<DateTime>()),
                Is.EqualTo(("approved", "tester@example.com", Start)));
            Assert.That((await Team.GetJsonAsync(url))["version"]!.GetValue<long>(), Is.EqualTo(3));
        });
    }

    [Test]
    public async Task Dates_out_of_order_no_way_forward_for_users_and_a_bad_target_are_400s_and_write_nothing()
    {
        var product = (await CreateProductAsync()).Id();
        var url = $"{Products}/{product}/retirement-plan";

        await (await Team.PutJsonAsync(url, Plan(endOfSale: "2026-06-30"))).ShouldBeValidationProblem("endOfSale");
        await (await Team.PutJsonAsync(url, Plan(endOfSupport: "2026-09-01"))).ShouldBeValidationProblem("endOfSupport");
        await (await Team.PutJsonAsync(url, Plan(compensation: null))).ShouldBeValidationProblem("compensationPolicy");
        await (await Team.PutJsonAsync(url, Plan(target: product))).ShouldBeValidationProblem("migrationTargetProductId");
        await (await Team.PutJsonAsync(url, Plan(target: Guid.CreateVersion7().ToString()))).ShouldBeValidationProblem("migrationTargetProductId");
        await (await Team.PutJsonAsync(url, new { endOfSale = "2026-09-30", compensationPolicy = "x" })).ShouldBeValidationProblem("announcementDate", "endOfSupport");
        await (await Team.PutJsonAsync($"{Products}/{Guid.CreateVersion7()}/retirement-plan", Plan())).ShouldBeProblem(HttpStatusCode.NotFound);
        await (await Team.PostJsonAsync(url + "/approval", new { })).ShouldBeProblem(HttpStatusCode.NotFound);

        await (await Team.GetAsync(url)).ShouldBeProblem(HttpStatusCode.NotFound);
    }
}
