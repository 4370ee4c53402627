using System.Text.Json;
using FluentValidation;
using OpsPlan.BuildingBlocks.Application.Errors;
using OpsPlan.BuildingBlocks.Domain;

namespace OpsPlan.BuildingBlocks.Outbox;

/// <summary>Tells a consumer's refusal, which the same message will meet again, from a fault that may pass.</summary>
public static class OutboxFailures
{
    /// <summary>
    /// The errors a request would answer with a 4xx: a rule refused it, a record is missing or changed meanwhile, the
    /// event is invalid or unreadable. Retrying helps only if something else changes, so they count towards parking.
    /// </summary>
    public static bool IsRefusal(Exception exception) => exception is BusinessRuleException or NotFoundException or PreconditionFailedException
        or RequestValidationException or ValidationException or UnknownIntegrationEventException or JsonException;
}
