using FluentValidation;
using MediatR;
using OpsPlan.BuildingBlocks.Application.Errors;

namespace OpsPlan.BuildingBlocks.Application.Behaviours;

/// <summary>Runs every validator of the request and reports all failures at once, before any work starts.</summary>
internal sealed class ValidationBehaviour<TRequest, TResponse>(IEnumerable<IValidator<TRequest>> validators)
    : IPipelineBehavior<TRequest, TResponse>
{
    private readonly IValidator<TRequest>[] _validators = [.. validators];

    public Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next) =>
        _validators.Length == 0 ? next() : ValidateThenHandleAsync(request, next, cancellationToken);

    private async Task<TResponse> ValidateThenHandleAsync(TRequest request, RequestHandlerDelegate<TResponse> next, CancellationToken cancellationToken)
    {
        var failures = new List<FluentValidation.Results.ValidationFailure>();
        foreach (var validator in _validators)
        {
            var result = await validator.ValidateAsync(new ValidationContext<TRequest>(request), cancellationToken);
            failures.AddRange(result.Errors);
        }

        if (failures.Count > 0)
        {
            throw new RequestValidationException(ValidationErrors.From(failures));
        }

        return await next();
    }
}
