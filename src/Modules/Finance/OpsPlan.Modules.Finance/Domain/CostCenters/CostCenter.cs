namespace OpsPlan.Modules.Finance.Domain.CostCenters;

/// <summary>A node of the cost-center tree.</summary>
internal sealed class CostCenter : AggregateRoot
{
    private CostCenter(AggregateState state, string code, string name, string owner, Guid? parentId, bool archived)
        : base(state)
    {
        Code = code;
        Name = name;
        Owner = owner;
        ParentId = parentId;
        Archived = archived;
    }

    public string Code { get; }

    public string Name { get; private set; }

    public string Owner { get; private set; }

    public Guid? ParentId { get; private set; }

    public bool Archived { get; private set; }


    public static CostCenter Open(string code, string name, string owner, Guid? parentId, DateTime now) =>
        new(AggregateState.New(now), code, name, owner, parentId, false);

    public static CostCenter Restore(AggregateState state, string code, string name, string owner, Guid? parentId, bool archived) =>
        new(state, code, name, owner, parentId, archived);

    /// <summary>
    /// Changes the editable fields. <paramref name="ancestorsOfNewParent"/> is the new parent's chain up to the root:
    /// if this cost center is on it, the move would make a cycle.
    /// </summary>
    public void Update(string name, string owner, Guid? parentId, IReadOnlyCollection<Guid> ancestorsOfNewParent, bool archived, DateTime now)
    {
        if (parentId == Id || ancestorsOfNewParent.Contains(Id))
        {
            throw new BusinessRuleException("finance.cost-center-cycle", "A cost center cannot be moved under itself or one of its descendants.");
        }

        Name = name;
        Owner = owner;
        ParentId = parentId;
        Archived = archived;
        Touch(now);
    }
}
