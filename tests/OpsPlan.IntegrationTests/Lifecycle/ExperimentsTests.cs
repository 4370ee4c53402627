using System.Net;
using System.Text.Json.Nodes;
using OpsPlan.BuildingBlocks.Application.Security;
using OpsPlan.BuildingBlocks.Persistence;
using OpsPlan.IntegrationTests.Infrastructure;
using OpsPlan.IntegrationTests.Risk;

namespace OpsPlan.IntegrationTests.Lifecycle;

/// <summary>
/// A/B tests: designed as drafts, variant totals synced while they run, and the two-proportion z-test against the worked
/// example in docs/modules/lifecycle.md (control 100 of 1,000, treatment 130 of 1,000: z = 2.1027, p = 0.0355).
/// </summary>
public sealed class ExperimentsTests(DatabaseProvider provider) : LifecycleTest(provider)
{
    private const string Variants = "/api/v1/lifecycle/experiments/variants/batch";

    private async Task<(string Product, JsonNode Experiment)> RunningAsync(int minimumSampleSize = 1000)
    {
        var product = (await CreateProductAsync()).Id();
        var experiment = await (await Team.PostJsonAsync($"{Products}/{product}/experiments", new
        {
            name = "Onboarding checklist", hypothesis = "A checklist raises activation.", metric = "activation", variants = new[] { "control", "checklist" }, minimumSampleSize,
        })).ShouldHaveStatus(HttpStatusCode.Created);
        var running = await (await Team.PostJsonAsync($"{Products}/{product}/experiments/{experiment.Id()}/status-transitions", new { status = "running" }, experiment.ETag()))
            .ShouldHaveStatus(HttpStatusCode.OK);
        return (product, running);
    }

    private async Task<JsonNode> SyncAsync(params object[] items) =>
        await (await Api.ClientFor(Roles.Integrator).PostJsonAsync(Variants, new { items })).ShouldHaveStatus(HttpStatusCode.OK);

    [Test]
    public async Task The_z_test_matches_the_worked_example_and_names_the_winner_once_the_sample_is_reached()
    {
        var (product, experiment) = await RunningAsync();
        var synced = await SyncAsync(new { experimentId = experiment.Id(), variant = "control", exposures = 1000, conversions = 100 },
            new { experimentId = experiment.Id(), variant = "checklist", exposures = 1000, conversions = 130 });

        var results = await Team.GetJsonAsync($"{Products}/{product}/experiments/{experiment.Id()}/results");
        var treatment = results["variants"]![1]!;

        Assert.Multiple(() =>
        {
            Assert.That(Statuses(synced), Is.EqualTo(new[] { "updated", "updated" }));
            Assert.That(treatment["conversionRate"]!.GetValue<decimal>(), Is.EqualTo(0.13m));
            Assert.That(treatment["relativeLift"]!.GetValue<decimal>(), Is.EqualTo(0.3m));
            Assert.That(treatment["zScore"]!.GetValue<decimal>(), Is.EqualTo(2.1027m).Within(0.0001m));
            Assert.That(treatment["pValue"]!.GetValue<decimal>(), Is.EqualTo(0.0355m).Within(0.0001m));
            Assert.That(treatment["significant"]!.GetValue<bool>(), Is.True);
            Assert.That(results["variants"]![0]!["pValue"], Is.Null, "the control is what the others are tested against");
            Assert.That((results["sampleSizeReached"]!.GetValue<bool>(), results["winner"]!.GetValue<string>()), Is.EqualTo((true, "checklist")));
        });
    }

    [Test]
    public async Task No_winner_is_named_below_the_minimum_sample_or_without_significance()
    {
        var (product, experiment) = await RunningAsync(minimumSampleSize: 2000);
        await SyncAsync(new { experimentId = experiment.Id(), variant = "control", exposures = 1000, conversions = 100 },
            new { experimentId = experiment.Id(), variant = "checklist", exposures = 1000, conversions = 130 });
        var small = await Team.GetJsonAsync($"{Products}/{product}/experiments/{experiment.Id()}/results");

        await SyncAsync(new { experimentId = experiment.Id(), variant = "control", exposures = 2000, conversions = 200 },
            new { experimentId = experiment.Id(), variant = "checklist", exposures = 2000, conversions = 210 });
        var flat = await Team.GetJsonAsync($"{Products}/{product}/experiments/{experiment.Id()}/results");

        Assert.Multiple(() =>
        {
            Assert.That((small["sampleSizeReached"]!.GetValue<bool>(), small["winner"]), Is.EqualTo((false, (JsonNode?)null)));
            Assert.That(small["verdict"]!.GetValue<string>(), Does.Contain("2,000 exposures"));
            Assert.That((flat["variants"]![1]!["significant"]!.GetValue<bool>(), flat["winner"]), Is.EqualTo((false, (JsonNode?)null)));
        });
    }

    [Test]
    public async Task Totals_for_an_unknown_variant_above_their_exposures_or_for_an_experiment_not_running_fail_alone()
    {
        var (product, experiment) = await RunningAsync();
        var draft = await (await Team.PostJsonAsync($"{Products}/{product}/experiments", new
        {
            name = "Pricing page", hypothesis = "Annual first sells more annual plans.", metric = "annual-share", variants = new[] { "control", "annual-first" },
        })).ShouldHaveStatus(HttpStatusCode.Created);

        var synced = await SyncAsync(
            new { experimentId = experiment.Id(), variant = "control", exposures = 10, conversions = 11 },
            new { experimentId = experiment.Id(), variant = "nope", exposures = 10, conversions = 1 },
            new { experimentId = draft.Id(), variant = "control", exposures = 10, conversions = 1 },
            new { experimentId = Guid.CreateVersion7(), variant = "control", exposures = 10, conversions = 1 },
            new { experimentId = experiment.Id(), variant = "checklist", exposures = 10, conversions = 2 });
        var errors = synced["items"]!.AsArray().Select(item => item!["errors"]?.AsObject().Select(error => error.Key).Single()).ToList();

        await (await Team.PutJsonAsync($"{Products}/{product}/experiments/{experiment.Id()}", new
        {
            name = "x", hypothesis = "x", metric = "x", variants = new[] { "a", "b" },
        })).ShouldBeProblem(HttpStatusCode.Conflict, "lifecycle.experiment-not-draft");
        await (await Team.PostJsonAsync($"{Products}/{product}/experiments", new { name = "One", hypothesis = "h", metric = "m", variants = new[] { "only" } }))
            .ShouldBeValidationProblem("variants");
        await (await Team.PostJsonAsync($"{Products}/{product}/experiments", new { name = "Same", hypothesis = "h", metric = "m", variants = new[] { "a", "a", "B C" } }))
            .ShouldBeValidationProblem("variants", "variants[2]");

        Assert.Multiple(async () =>
        {
            Assert.That(Statuses(synced), Is.EqualTo(new[] { "failed", "failed", "failed", "failed", "updated" }));
            Assert.That(errors, Is.EqualTo(new[] { "conversions", "variant", "experimentId", "experimentId", null }));
            Assert.That((await Team.GetJsonAsync($"{Products}/{product}/experiments/{experiment.Id()}"))["variants"]![0]!["exposures"]!.GetValue<long>(), Is.Zero);
        });
    }
}
