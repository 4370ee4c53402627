using System.Net;
using OpsPlan.BuildingBlocks.Application.Security;
using OpsPlan.BuildingBlocks.Persistence;
using OpsPlan.IntegrationTests.Infrastructure;
using OpsPlan.IntegrationTests.Risk;

namespace OpsPlan.IntegrationTests.Skeleton;

/// <summary>The skeleton module's first records, through HTTP on a fresh, migrated database.</summary>
public sealed class WidgetsTests(DatabaseProvider provider) : ApiTest(provider)
{
    private const string Widgets = "/api/v1/skeleton/widgets";

    [Test]
    public async Task A_widget_is_created_with_location_and_etag_read_back_and_listed()
    {
        var client = Api.ClientFor(Roles.Ops);

        var response = await client.PostJsonAsync(Widgets, new { name = "First", description = "What it is for." });

        var created = await response.ShouldHaveStatus(HttpStatusCode.Created);
        Assert.Multiple(async () =>
        {
            Assert.That(response.Headers.ETag?.Tag, Is.EqualTo("\"1\""));
            Assert.That((await client.GetJsonAsync(response.Headers.Location!.ToString())).ToJsonString(), Is.EqualTo(created.ToJsonString()));
            Assert.That((await client.GetJsonAsync(Widgets))["items"]!.AsArray().Select(item => item!.Id()), Is.EqualTo(new[] { created.Id() }));
        });
    }

    [Test]
    public async Task Bad_input_a_taken_name_an_unknown_id_and_a_reader_writing_are_refused_and_change_nothing()
    {
        var client = Api.ClientFor(Roles.Ops);
        await client.PostJsonAsync(Widgets, new { name = "Taken" });

        await (await client.PostJsonAsync(Widgets, new { name = "" })).ShouldBeValidationProblem("name");
        await (await client.PostJsonAsync(Widgets, new { name = "Taken" })).ShouldBeProblem(HttpStatusCode.Conflict, "skeleton.duplicate-name");
        await (await Api.ClientFor(Roles.Viewer).PostJsonAsync(Widgets, new { name = "Viewer" })).ShouldBeProblem(HttpStatusCode.Forbidden);
        await (await client.GetAsync($"{Widgets}/{Guid.CreateVersion7()}")).ShouldBeProblem(HttpStatusCode.NotFound);

        Assert.That((await client.GetJsonAsync(Widgets))["items"]!.AsArray(), Has.Count.EqualTo(1));
    }

    [Test]
    public async Task Creating_a_widget_publishes_its_event_once()
    {
        await Api.ClientFor(Roles.Ops).PostJsonAsync(Widgets, new { name = "Announced" });

        Assert.That(await Api.DeliverOutboxAsync(), Is.EqualTo(1));
        Assert.That(await Api.DeliverOutboxAsync(), Is.Zero);
    }

    [Test]
    public async Task Swagger_documents_the_module()
    {
        var document = await Api.AnonymousClient().GetJsonAsync("/swagger/v1/swagger.json");

        Assert.That(document["paths"]!.AsObject().Select(path => path.Key), Is.SupersetOf(new[] { Widgets, Widgets + "/{id}" }));
    }
}
