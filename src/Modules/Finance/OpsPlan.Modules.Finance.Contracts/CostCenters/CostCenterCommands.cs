namespace OpsPlan.Modules.Finance.Contracts.CostCenters;

public sealed record CreateCostCenterCommand(string Code, string Name, string Owner, Guid? ParentId) : ICommand<CostCenterDto>;

/// <summary>The editable fields of a cost center, as PUT replaces them and PATCH merges into them. The code never changes.</summary>
public sealed record CostCenterRequest(string Name, string Owner, Guid? ParentId, bool Archived) : IBodyOf<UpdateCostCenterCommand>
{
    public static CostCenterRequest From(CostCenterDto costCenter) => new(costCenter.Name, costCenter.Owner, costCenter.ParentId, costCenter.Archived);

    public UpdateCostCenterCommand ToCommand(Guid id, ExpectedVersion? expectedVersion) => new(id, expectedVersion, Name, Owner, ParentId, Archived);
}

/// <summary>Renames, re-owns, moves (never under itself or a descendant) or archives a cost center.</summary>
public sealed record UpdateCostCenterCommand(Guid Id, ExpectedVersion? ExpectedVersion, string Name, string Owner, Guid? ParentId, bool Archived) : ICommand<CostCenterDto>;

/// <summary>Deletes a cost center nothing refers to; one that is in use must be archived instead.</summary>
public sealed record DeleteCostCenterCommand(Guid Id, ExpectedVersion? ExpectedVersion) : ICommand<CostCenterDto>;
