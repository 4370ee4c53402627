using System.Data.Common;
using OpsPlan.BuildingBlocks.Modules;
using OpsPlan.BuildingBlocks.Persistence.Dialects;

namespace OpsPlan.BuildingBlocks.Persistence;

/// <summary>
/// The one transaction of the current command. It never spans two modules: the command's changes, its outbox
/// events and its audit entry are written inside its own module's schema and commit together.
/// </summary>
public interface IUnitOfWork
{
    bool IsActive { get; }

    ModuleDescriptor Module { get; }

    DbConnection Connection { get; }

    DbTransaction Transaction { get; }

    SqlDialect Dialect { get; }
}
