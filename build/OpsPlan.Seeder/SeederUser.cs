using OpsPlan.BuildingBlocks.Application.Security;

namespace OpsPlan.Seeder;

internal sealed class SeederUser : ICurrentUser
{
    public string Id => "seeder";
}
