namespace OpsPlan.Modules.Finance.Contracts;

/// <summary>What money is spent on; budgets have one line per category, transactions carry one.</summary>
public enum SpendCategory
{
    Personnel,
    Marketing,
    Infrastructure,
    Research,
    Outsourcing,
    Operations,
    Other,
}

/// <summary>draft → submitted → approved → closed; a submitted budget can go back to draft.</summary>
public enum BudgetStatus
{
    Draft,
    Submitted,
    Approved,
    Closed,
}

/// <summary>Money leaving (spend) or entering (income, refunds).</summary>
public enum TransactionDirection
{
    Outflow,
    Inflow,
}

/// <summary>How far a budget line is consumed: below its warning threshold, at or above it, or above 100 %.</summary>
public enum BudgetLineState
{
    Ok,
    Warning,
    Over,
}

public enum CashFlowGranularity
{
    Month,
    Week,
}

/// <summary>The problem codes of Finance's public queries that other modules act on.</summary>
public static class FinanceErrorCodes
{
    /// <summary>A conversion needed a rate Finance does not have (409): the reports stop rather than count it as zero.</summary>
    public const string MissingExchangeRate = "finance.missing-exchange-rate";
}
