namespace OpsPlan.BuildingBlocks.Domain;

/// <summary>Record ids are GUID version 7: made in C#, unique across instances, roughly ordered by creation time.</summary>
public static class Ids
{
    public static Guid New() => Guid.CreateVersion7();
}
