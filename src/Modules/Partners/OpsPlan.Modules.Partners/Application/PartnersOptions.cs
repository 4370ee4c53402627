namespace OpsPlan.Modules.Partners.Application;

/// <summary>The <c>Partners</c> configuration section: the scorecard's default weights and how often expiring agreements are looked for.</summary>
internal sealed class PartnersOptions
{
    public const string Section = "Partners";

    /// <summary>Percent per criterion, summing to 100: used when a scorecard brings no weights of its own.</summary>
    public WeightsOptions ScorecardWeights { get; set; } = new();

    /// <summary>How often agreements entering their notice window are announced (the sweep; <c>POST /agreements/expiring/notify</c> does it at once).</summary>
    public TimeSpan ExpiringSweepInterval { get; set; } = TimeSpan.FromHours(1);

    internal sealed class WeightsOptions
    {
        public decimal Quality { get; set; } = 25;

        public decimal Delivery { get; set; } = 20;

        public decimal Cost { get; set; } = 20;

        public decimal Cooperation { get; set; } = 15;

        public decimal Innovation { get; set; } = 10;

        public decimal Compliance { get; set; } = 10;

        public Domain.Scorecards.Criteria ToCriteria() => new(Quality, Delivery, Cost, Cooperation, Innovation, Compliance);
    }
}
