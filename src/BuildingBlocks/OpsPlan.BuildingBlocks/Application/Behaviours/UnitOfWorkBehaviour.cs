using System.Data.Common;
using MediatR;
using OpsPlan.BuildingBlocks.Application.Auditing;
using OpsPlan.BuildingBlocks.Application.Errors;
using OpsPlan.BuildingBlocks.Application.Messaging;
using OpsPlan.BuildingBlocks.Idempotency;
using OpsPlan.BuildingBlocks.Modules;
using OpsPlan.BuildingBlocks.Persistence;

namespace OpsPlan.BuildingBlocks.Application.Behaviours;

/// <summary>
/// Wraps a command in one transaction of its own module: the handler's writes, its outbox events and its audit
/// entry commit together or not at all. A command sent while its module's unit of work is open (by an event
/// consumer, say) joins it; one that would span two modules is refused. A command sent with an Idempotency-Key
/// stores its result in the same transaction, and a repeat of the key replays it instead of running again.
/// </summary>
internal sealed class UnitOfWorkBehaviour<TRequest, TResponse>(
    UnitOfWork unitOfWork, ModuleCatalog catalog, AuditLog auditLog, IdempotencyContext idempotency, CommandResults results)
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
            await auditLog.RecordAsync(unitOfWork, Command, joined, cancellationToken);
            return joined;
        }

        var claim = idempotency.ClaimFor(typeof(TRequest));
        var secret = request is ISecretResult;
        idempotency.SecretWithheld |= claim is not null && secret;
        await unitOfWork.BeginAsync(module, cancellationToken);
        try
        {
            if (claim is not null && await results.FindAsync<TResponse>(unitOfWork, claim, Command, secret, cancellationToken) is { Found: true } earlier)
            {
                idempotency.Replayed = true;
                return earlier.Value;
            }

            var response = await next();
            await auditLog.RecordAsync(unitOfWork, Command, response, cancellationToken);
            if (claim is not null)
            {
                await results.RecordAsync(unitOfWork, claim, Command, response, secret, cancellationToken);
            }

            await unitOfWork.CommitAsync(cancellationToken);
            return response;
        }
        catch (DbException exception) when (claim is not null && UniqueKeyViolation.Is(exception))
        {
            // Another instance ran the same keyed request at the same time and committed first: answer with its result.
            await unitOfWork.EndAsync();
            var winner = await results.FindCommittedAsync<TResponse>(module, claim, Command, secret, cancellationToken);
            if (!winner.Found)
            {
                throw;
            }

            idempotency.Replayed = true;
            return winner.Value;
        }
        finally
        {
            await unitOfWork.EndAsync();
        }
    }

    private static string Command => typeof(TRequest).Name;
}
