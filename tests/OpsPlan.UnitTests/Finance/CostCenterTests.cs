using OpsPlan.BuildingBlocks.Domain;
using OpsPlan.Modules.Finance.Domain.CostCenters;

namespace OpsPlan.UnitTests.Finance;

public sealed class CostCenterTests
{
    private static readonly DateTime Now = new(2026, 11, 24, 9, 0, 0, DateTimeKind.Utc);

    [Test]
    public void A_cost_center_cannot_move_under_a_descendant_or_itself()
    {
        var costCenter = CostCenter.Open("TOP", "Top", "owner", null, Now);
        Guid[] chainOfGrandchild = [Guid.CreateVersion7(), Guid.CreateVersion7(), costCenter.Id];

        Assert.Multiple(() =>
        {
            Assert.That(Assert.Throws<BusinessRuleException>(() => costCenter.Update("Top", "owner", chainOfGrandchild[0], chainOfGrandchild, false, Now))!.Code,
                Is.EqualTo("finance.cost-center-cycle"));
            Assert.That(Assert.Throws<BusinessRuleException>(() => costCenter.Update("Top", "owner", costCenter.Id, [costCenter.Id], false, Now))!.Code,
                Is.EqualTo("finance.cost-center-cycle"));
            Assert.That(costCenter.Version, Is.EqualTo(1));
        });
    }

    [Test]
    public void A_move_elsewhere_changes_the_parent_and_the_version()
    {
        var costCenter = CostCenter.Restore(AggregateState.Loaded(Guid.CreateVersion7(), Now, Now, 1), "LEAF", "Leaf", "owner", null, false);
        var parent = Guid.CreateVersion7();

        costCenter.Update("Leaf", "owner", parent, [parent], archived: true, Now.AddHours(1));

        Assert.Multiple(() =>
        {
            Assert.That(costCenter.ParentId, Is.EqualTo(parent));
            Assert.That(costCenter.Archived, Is.True);
            Assert.That(costCenter.Version, Is.EqualTo(2));
        });
    }
}
