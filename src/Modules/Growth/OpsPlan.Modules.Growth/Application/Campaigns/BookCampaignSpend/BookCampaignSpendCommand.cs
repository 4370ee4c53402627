namespace OpsPlan.Modules.Growth.Application.Campaigns.BookCampaignSpend;

/// <summary>Finance's answer to a spend entry: the transaction that books it, or why it refused. Applying it twice changes nothing.</summary>
internal sealed record BookCampaignSpendCommand(Guid SpendId, Guid? TransactionId, string? Error) : ICommand<bool>;
