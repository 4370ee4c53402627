using FluentValidation;
using OpsPlan.BuildingBlocks.Application.Batches;

namespace OpsPlan.UnitTests.BuildingBlocks;

public sealed class BatchUpsertTests
{
    private sealed record Item(string Key, int Quantity);

    private static readonly InlineValidator<Item> Validator = CreateValidator();

    private static InlineValidator<Item> CreateValidator()
    {
        var validator = new InlineValidator<Item>();
        validator.RuleFor(item => item.Quantity).GreaterThan(0);
        return validator;
    }

    private static BatchEntry<Item> Entry(int index, Item? item) =>
        new(index, item?.Key, item, item is null ? new Dictionary<string, string[]> { ["$"] = ["Not an object."] } : null);

    [Test]
    public async Task Unreadable_invalid_and_repeated_items_fail_alone_and_the_rest_are_left_to_decide_in_order()
    {
        BatchEntry<Item>[] entries = [Entry(0, new Item("a", 1)), Entry(1, null), Entry(2, new Item("b", 0)), Entry(3, new Item("a", 2)), Entry(4, new Item("c", 3))];

        var batch = await BatchUpsert.ScreenAsync(entries, Validator, item => item.Key, "key", "Repeated.", CancellationToken.None);
        var ids = batch.Candidates.Select(_ => Guid.CreateVersion7()).ToList();
        batch.Succeed(batch.Candidates[0], BatchItemStatus.Created, ids[0]);
        batch.Fail(batch.Candidates[1], new Dictionary<string, string[]> { ["c"] = ["Refused by the module."] });
        var result = batch.Result();

        Assert.Multiple(() =>
        {
            Assert.That(batch.Candidates.Select(candidate => candidate.Item.Key), Is.EqualTo(new[] { "a", "c" }));
            Assert.That(result.Items.Select(item => item.Status), Is.EqualTo(new[]
            {
                BatchItemStatus.Created, BatchItemStatus.Failed, BatchItemStatus.Failed, BatchItemStatus.Failed, BatchItemStatus.Failed,
            }));
            Assert.That(result.Items[1].Errors!.Keys, Is.EqualTo(new[] { "$" }));
            Assert.That(result.Items[2].Errors!.Keys, Is.EqualTo(new[] { "quantity" }), "field names as the JSON spells them");
            Assert.That(result.Items[3].Errors!["key"], Is.EqualTo(new[] { "Repeated." }));
            Assert.That((result.Created, result.Failed), Is.EqualTo((1, 4)));
            Assert.That(batch.AnyWritten, Is.True);
        });
    }

    [Test]
    public async Task A_candidate_left_undecided_is_a_programming_error_not_a_silent_gap()
    {
        var batch = await BatchUpsert.ScreenAsync([Entry(0, new Item("a", 1))], Validator, item => item.Key, "key", "Repeated.", CancellationToken.None);

        Assert.Throws<InvalidOperationException>(() => batch.Result());
    }
}
