namespace OpsPlan.BuildingBlocks.Domain;

/// <summary>The one source of "now", so rules that depend on time can be tested.</summary>
public interface IClock
{
    DateTime UtcNow { get; }

    DateOnly Today => DateOnly.FromDateTime(UtcNow);
}
