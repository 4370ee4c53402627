using OpsPlan.Modules.Lifecycle.Contracts;

namespace OpsPlan.Modules.Lifecycle.Domain.Products;

/// <summary>
/// A product through its lifecycle (seed ch.5). Its stage moves only along <see cref="Stages"/>, each move recorded with
/// who, when and why; the gates (a release before launch, an approved retirement plan before retirement) are checked
/// by <see cref="MoveTo"/> against what the caller found.
/// </summary>
internal sealed class Product : AggregateRoot
{
    public const string GateNotMet = "lifecycle.gate-not-met";

    public static readonly Workflow<ProductStage> Stages = new("lifecycle.invalid-transition", "product", new Dictionary<ProductStage, ProductStage[]>
    {
        [ProductStage.Concept] = [ProductStage.Development, ProductStage.Cancelled],
        [ProductStage.Development] = [ProductStage.Launch, ProductStage.Cancelled],
        [ProductStage.Launch] = [ProductStage.Growth],
        [ProductStage.Growth] = [ProductStage.Maturity, ProductStage.Decline],
        [ProductStage.Maturity] = [ProductStage.Decline],
        [ProductStage.Decline] = [ProductStage.Growth, ProductStage.Retired],
        [ProductStage.Retired] = [],
        [ProductStage.Cancelled] = [],
    });

    private Product(AggregateState state, string name, string owner, string? description, ProductStage stage, DateTime stageChangedAt, DateOnly? declineDetectedFor)
        : base(state)
    {
        Name = name;
        Owner = owner;
        Description = description;
        Stage = stage;
        StageChangedAt = stageChangedAt;
        DeclineDetectedFor = declineDetectedFor;
    }

    public string Name { get; private set; }

    public string Owner { get; private set; }

    public string? Description { get; private set; }

    public ProductStage Stage { get; private set; }

    public DateTime StageChangedAt { get; private set; }

    /// <summary>The latest month for which a decline was reported, so a month is reported once.</summary>
    public DateOnly? DeclineDetectedFor { get; private set; }

    public static (Product Product, StageChange FirstStage) Create(string name, string owner, string? description, string by, DateTime now)
    {
        var product = new Product(AggregateState.New(now), name, owner, description, ProductStage.Concept, now, null);
        return (product, new StageChange(Ids.New(), product.Id, null, ProductStage.Concept, now, by, "Product recorded."));
    }

    public static Product Restore(AggregateState state, string name, string owner, string? description, ProductStage stage, DateTime stageChangedAt,
        DateOnly? declineDetectedFor) => new(state, name, owner, description, stage, stageChangedAt, declineDetectedFor);

    public void Describe(string name, string owner, string? description, DateTime now)
    {
        (Name, Owner, Description) = (name, owner, description);
        Touch(now);
    }

    /// <summary>Moves the stage; <paramref name="missing"/> is what the target's gate still lacks (409 listing it when any).</summary>
    public StageChange MoveTo(ProductStage target, IReadOnlyList<string> missing, string reason, string by, DateTime now)
    {
        Stages.EnsureCanMove(Stage, target);
        if (missing.Count > 0)
        {
            throw new BusinessRuleException(GateNotMet, $"The product cannot move to '{EnumText.ToText(target)}' yet.", missing);
        }

        var change = new StageChange(Ids.New(), Id, Stage, target, now, by, reason);
        Stage = target;
        StageChangedAt = now;
        Touch(now);
        return change;
    }

    /// <summary>Marks <paramref name="month"/> as reported; false when it (or a later month) was reported already.</summary>
    public bool ReportDecline(DateOnly month, DateTime now)
    {
        if (DeclineDetectedFor >= month)
        {
            return false;
        }

        DeclineDetectedFor = month;
        Touch(now);
        return true;
    }
}
