namespace OpsPlan.Modules.Lifecycle.Contracts.Products;

/// <summary>A product's editable fields, as POST records them and PUT replaces them. Names are unique (409 <c>lifecycle.duplicate-product-name</c>).</summary>
public sealed record ProductRequest(string Name, string Owner, string? Description) : IBodyOf<CreateProductCommand>, IBodyOf<UpdateProductCommand>;

/// <summary>Records a product at <c>concept</c>.</summary>
public sealed record CreateProductCommand(ProductRequest Fields) : ICommand<ProductDto>;

/// <summary>Replaces a product's name, owner and description; its stage moves only through a stage transition.</summary>
public sealed record UpdateProductCommand(Guid Id, ExpectedVersion? ExpectedVersion, ProductRequest Fields) : ICommand<ProductDto>;

/// <summary>The body of a stage transition: where to, and why (kept in the stage history).</summary>
public sealed record ProductStageTransitionRequest(ProductStage? Stage, string? Reason) : IBodyOf<TransitionProductStageCommand>;

/// <summary>
/// Moves a product along its lifecycle. A move the workflow does not allow is 409 <c>lifecycle.invalid-transition</c>;
/// a gate that is not met is 409 <c>lifecycle.gate-not-met</c> listing what is missing (launch needs a release,
/// retired an approved retirement plan).
/// </summary>
public sealed record TransitionProductStageCommand(Guid Id, ExpectedVersion? ExpectedVersion, ProductStage? Stage, string? Reason) : ICommand<ProductDto>;

/// <summary>
/// A retirement plan (seed ch.5: phased retirement with a migration plan or compensation): the three dates in order,
/// and a migration target product, a compensation policy, or both.
/// </summary>
public sealed record RetirementPlanRequest(
    DateOnly? AnnouncementDate,
    DateOnly? EndOfSale,
    DateOnly? EndOfSupport,
    Guid? MigrationTargetProductId,
    string? CompensationPolicy) : IBodyOf<SaveRetirementPlanCommand>;

/// <summary>Writes the product's retirement plan, a draft until approved; an approved plan is 409 <c>lifecycle.plan-approved</c>.</summary>
public sealed record SaveRetirementPlanCommand(Guid ProductId, ExpectedVersion? ExpectedVersion, RetirementPlanRequest Plan) : ICommand<RetirementPlanDto>;

/// <summary>Approves the product's draft retirement plan: the gate to <c>retired</c>.</summary>
public sealed record ApproveRetirementPlanCommand(Guid ProductId, ExpectedVersion? ExpectedVersion) : ICommand<RetirementPlanDto>;
