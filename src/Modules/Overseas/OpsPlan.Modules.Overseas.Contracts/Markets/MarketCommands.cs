namespace OpsPlan.Modules.Overseas.Contracts.Markets;

/// <summary>
/// A market: one per country (ISO 3166-1 alpha-2; a second is 409 <c>overseas.duplicate-market</c>), its languages
/// (BCP 47 tags), currency (ISO 4217), owner and target launch date.
/// </summary>
public sealed record MarketRequest(string Country, string? Name, IReadOnlyList<string> Languages, string Currency, string Owner, DateOnly? TargetLaunchDate)
    : IBodyOf<CreateMarketCommand>, IBodyOf<UpdateMarketCommand>;

/// <summary>Opens a market at research.</summary>
public sealed record CreateMarketCommand(MarketRequest Fields) : ICommand<MarketDto>;

public sealed record UpdateMarketCommand(Guid Id, ExpectedVersion? ExpectedVersion, MarketRequest Fields) : ICommand<MarketDto>;

public sealed record MarketStageTransitionRequest(MarketStage? Stage, string? Reason) : IBodyOf<TransitionMarketStageCommand>;

/// <summary>
/// Moves a market. A move the workflow does not allow is 409 <c>overseas.invalid-transition</c>; entering launch with
/// readiness below the threshold, an open critical compliance gap or no exchange rate for its currency is 409
/// <c>overseas.launch-gate-not-met</c> listing exactly what is missing.
/// </summary>
public sealed record TransitionMarketStageCommand(Guid Id, ExpectedVersion? ExpectedVersion, MarketStage? Stage, string? Reason) : ICommand<MarketDto>;
