using MediatR;
using OpsPlan.BuildingBlocks.Application.Auditing;
using OpsPlan.BuildingBlocks.Application.Errors;
using OpsPlan.BuildingBlocks.Application.Messaging;
using OpsPlan.BuildingBlocks.Modules;
using OpsPlan.BuildingBlocks.Persistence;

namespace OpsPlan.BuildingBlocks.Application.Behaviours;

/// <summary>
/// Wraps a command in one transaction of its own module: the handler's writes, its outbox events and its audit
/// entry commit together or not at all. A command sent while its module's unit of work is open (by an event
/// consumer, say) joins it; one that would span two modules is refused.
/// </summary>
internal sealed class UnitOfWorkBehaviour<TRequest, TResponse>(UnitOfWork unitOfWork, ModuleCatalog catalog, AuditLog auditLog)
    : IPipelineBehavior<TRequest, TResponse>
    where TRequest : ICommand<TResponse>
{
    public async Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
    {
        var module = request is IAddressedToModule addressed ? catalog.Find(addressed.Module) ?? throw new NotFoundException("Module", addressed.Module) : catalog.ModuleOf(typeof(TRequest));
        if (unitOfWork.IsActive)
        {
            if (unitOfWork.Module != module)
            {
                throw new InvalidOperationException($"{typeof(TRequest).Name} belongs to '{module.Name}' but the open unit of work is '{unitOfWork.Module.Name}'.");
            }

            var joined = await next();
            await auditLog.RecordAsync(unitOfWork, typeof(TRequest).Name, joined, cancellationToken);
            return joined;
        }

        await unitOfWork.BeginAsync(module, cancellationToken);
        try
        {
            var response = await next();
            await auditLog.RecordAsync(unitOfWork, typeof(TRequest).Name, response, cancellationToken);
            await unitOfWork.CommitAsync(cancellationToken);
            return response;
        }
        finally
        {
            await unitOfWork.EndAsync();
        }
    }
}
