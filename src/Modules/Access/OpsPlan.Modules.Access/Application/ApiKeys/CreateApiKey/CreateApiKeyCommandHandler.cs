using OpsPlan.BuildingBlocks.Application.Security;
using OpsPlan.Modules.Access.Contracts.ApiKeys;
using OpsPlan.Modules.Access.Domain.ApiKeys;

namespace OpsPlan.Modules.Access.Application.ApiKeys.CreateApiKey;

internal sealed class CreateApiKeyCommandHandler(IApiKeyRepository apiKeys, ICurrentUser user, IClock clock) : ICommandHandler<CreateApiKeyCommand, CreatedApiKeyDto>
{
    public async Task<CreatedApiKeyDto> Handle(CreateApiKeyCommand request, CancellationToken cancellationToken)
    {
        var (apiKey, secret) = ApiKey.Issue(request.Name, request.Roles!.Distinct().ToList(), user.Id, clock.UtcNow);
        await apiKeys.AddAsync(apiKey, cancellationToken);
        return new CreatedApiKeyDto(ApiKeyRow.ToDto(apiKey), secret);
    }
}
