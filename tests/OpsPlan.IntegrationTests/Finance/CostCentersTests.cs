using System.Net;
using System.Text.Json.Nodes;
using OpsPlan.BuildingBlocks.Application.Security;
using OpsPlan.BuildingBlocks.Persistence;
using OpsPlan.IntegrationTests.Infrastructure;
using OpsPlan.IntegrationTests.Risk;

namespace OpsPlan.IntegrationTests.Finance;

public sealed class CostCentersTests(DatabaseProvider provider) : FinanceTest(provider)
{
    private const string CostCenters = "/api/v1/finance/cost-centers";

    private static async Task<JsonNode> CreateAsync(HttpClient client, string code, string? parentId = null) =>
        await (await client.PostJsonAsync(CostCenters, new { code, name = $"Cost center {code}", owner = "cfo@example.com", parentId })).ShouldHaveStatus(HttpStatusCode.Created);

    private static object Edit(string name = "Renamed", string? parentId = null, bool archived = false) =>
        new { name, owner = "cfo@example.com", parentId, archived };

    [Test]
    public async Task A_cost_center_is_created_with_location_and_etag_and_read_back()
    {
        var client = Api.ClientFor(Roles.Finance);

        var response = await client.PostJsonAsync(CostCenters, new { code = "MKT", name = "Marketing", owner = "cmo@example.com" });

        var created = await response.ShouldHaveStatus(HttpStatusCode.Created);
        var read = await client.GetJsonAsync(response.Headers.Location!.ToString());
        Assert.Multiple(() =>
        {
            Assert.That(read.ToJsonString(), Is.EqualTo(created.ToJsonString()));
            Assert.That(response.Headers.ETag?.Tag, Is.EqualTo("\"1\""));
            Assert.That(created["archived"]!.GetValue<bool>(), Is.False);
        });
    }

    [Test]
    public async Task Codes_are_unique()
    {
        var client = Api.ClientFor(Roles.Finance);
        await CreateAsync(client, "OPS");

        var duplicate = await client.PostJsonAsync(CostCenters, new { code = "OPS", name = "Again", owner = "x" });

        await duplicate.ShouldBeProblem(HttpStatusCode.Conflict, "finance.duplicate-code");
        Assert.That((await client.GetJsonAsync(CostCenters))["items"]!.AsArray(), Has.Count.EqualTo(1));
    }

    [Test]
    public async Task Invalid_fields_and_an_unknown_parent_are_400s()
    {
        var client = Api.ClientFor(Roles.Finance);

        await (await client.PostJsonAsync(CostCenters, new { code = "lower case", name = "", owner = "" })).ShouldBeValidationProblem("code", "name", "owner");
        await (await client.PostJsonAsync(CostCenters, new { code = "ORPHAN", name = "n", owner = "o", parentId = Guid.CreateVersion7() })).ShouldBeValidationProblem("parentId");
    }

    [Test]
    public async Task Only_finance_and_admin_may_write_and_everyone_may_read()
    {
        await (await Api.ClientFor(Roles.Risk).PostJsonAsync(CostCenters, new { code = "X1", name = "n", owner = "o" })).ShouldBeProblem(HttpStatusCode.Forbidden);
        await CreateAsync(Api.ClientFor(Roles.Admin), "X2");
        Assert.That((await Api.ClientFor(Roles.Viewer).GetJsonAsync(CostCenters))["items"]!.AsArray(), Has.Count.EqualTo(1));
        await (await Api.AnonymousClient().GetAsync(CostCenters)).ShouldBeProblem(HttpStatusCode.Unauthorized);
    }

    [Test]
    public async Task The_tree_lists_roots_and_children()
    {
        var client = Api.ClientFor(Roles.Finance);
        var root = await CreateAsync(client, "ROOT");
        await CreateAsync(client, "CHILD-A", root.Id());
        await CreateAsync(client, "CHILD-B", root.Id());

        var roots = await client.GetJsonAsync($"{CostCenters}?roots=true");
        var children = await client.GetJsonAsync($"{CostCenters}?parentId={root.Id()}");

        Assert.That(roots["items"]!.AsArray().Select(item => item!["code"]!.GetValue<string>()), Is.EqualTo(new[] { "ROOT" }));
        Assert.That(children["items"]!.AsArray().Select(item => item!["code"]!.GetValue<string>()), Is.EquivalentTo(new[] { "CHILD-A", "CHILD-B" }));
        await (await client.GetAsync($"{CostCenters}?roots=true&parentId={root.Id()}")).ShouldBeValidationProblem("roots");
    }

    [Test]
    public async Task Moving_a_cost_center_under_its_own_descendant_is_a_409_and_changes_nothing()
    {
        var client = Api.ClientFor(Roles.Finance);
        var top = await CreateAsync(client, "TOP");
        var middle = await CreateAsync(client, "MID", top.Id());
        var leaf = await CreateAsync(client, "LEAF", middle.Id());

        var underGrandchild = await client.PutJsonAsync($"{CostCenters}/{top.Id()}", Edit(parentId: leaf.Id()));
        var underItself = await client.PutJsonAsync($"{CostCenters}/{top.Id()}", Edit(parentId: top.Id()));

        await underGrandchild.ShouldBeProblem(HttpStatusCode.Conflict, "finance.cost-center-cycle");
        await underItself.ShouldBeProblem(HttpStatusCode.Conflict, "finance.cost-center-cycle");
        Assert.That((await client.GetJsonAsync($"{CostCenters}/{top.Id()}"))["parentId"], Is.Null);
    }

    [Test]
    public async Task A_leaf_moves_and_is_archived_with_put_and_patch_and_a_stale_etag_is_a_412()
    {
        var client = Api.ClientFor(Roles.Finance);
        var first = await CreateAsync(client, "AA");
        var second = await CreateAsync(client, "BB");
        var url = $"{CostCenters}/{second.Id()}";

        var moved = await (await client.PutJsonAsync(url, Edit(parentId: first.Id()), ifMatch: "\"1\"")).ShouldHaveStatus(HttpStatusCode.OK);
        var archived = await (await client.MergePatchAsync(url, "{\"archived\":true}", ifMatch: "\"2\"")).ShouldHaveStatus(HttpStatusCode.OK);
        await (await client.MergePatchAsync(url, "{\"name\":\"Stale\"}", ifMatch: "\"1\"")).ShouldBeProblem(HttpStatusCode.PreconditionFailed);

        Assert.Multiple(() =>
        {
            Assert.That(moved["parentId"]!.GetValue<string>(), Is.EqualTo(first.Id()));
            Assert.That(archived["archived"]!.GetValue<bool>(), Is.True);
            Assert.That(archived["parentId"]!.GetValue<string>(), Is.EqualTo(first.Id()));
        });
        Assert.That((await client.GetJsonAsync($"{CostCenters}?archived=true"))["items"]!.AsArray(), Has.Count.EqualTo(1));
    }

    [Test]
    public async Task An_unused_cost_center_is_deleted_and_one_in_use_must_be_archived()
    {
        var client = Api.ClientFor(Roles.Finance);
        var parent = await CreateAsync(client, "PARENT");
        var child = await CreateAsync(client, "LONE", parent.Id());

        var inUse = await client.DeleteAsync($"{CostCenters}/{parent.Id()}");
        var deleted = await client.DeleteAsync($"{CostCenters}/{child.Id()}");

        await inUse.ShouldBeProblem(HttpStatusCode.Conflict, "finance.cost-center-in-use");
        Assert.That(deleted.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
        await (await client.GetAsync($"{CostCenters}/{child.Id()}")).ShouldBeProblem(HttpStatusCode.NotFound);
        await (await client.DeleteAsync($"{CostCenters}/{child.Id()}")).ShouldBeProblem(HttpStatusCode.NotFound);
    }
}
