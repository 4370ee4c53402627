using Microsoft.Extensions.DependencyInjection;
using OpsPlan.BuildingBlocks.Modules;
using OpsPlan.BuildingBlocks.Persistence;

namespace OpsPlan.Seeder;

/// <summary>Runs seeding work in one committed transaction of a module, as a command would.</summary>
internal static class UnitOfWorkScope
{
    public static async Task RunAsync(IServiceProvider provider, string module, Func<IServiceProvider, Task> work)
    {
        await using var scope = provider.CreateAsyncScope();
        var unitOfWork = scope.ServiceProvider.GetRequiredService<UnitOfWork>();
        await unitOfWork.BeginAsync(scope.ServiceProvider.GetRequiredService<ModuleCatalog>().Find(module)!, CancellationToken.None);
        await work(scope.ServiceProvider);
        await unitOfWork.CommitAsync(CancellationToken.None);
        await unitOfWork.EndAsync();
    }
}
