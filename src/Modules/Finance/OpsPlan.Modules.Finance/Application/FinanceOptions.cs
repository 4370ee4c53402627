namespace OpsPlan.Modules.Finance.Application;

/// <summary>The <c>Finance</c> configuration section.</summary>
internal sealed class FinanceOptions
{
    public const string Section = "Finance";

    /// <summary>The currency every cross-currency total is reported in; exchange rates are quoted against it.</summary>
    public string ReportingCurrency { get; set; } = "USD";

    /// <summary>Runway below this many months publishes <c>RunwayBelowThreshold</c>.</summary>
    public int RunwayAlertMonths { get; set; } = 6;
}
