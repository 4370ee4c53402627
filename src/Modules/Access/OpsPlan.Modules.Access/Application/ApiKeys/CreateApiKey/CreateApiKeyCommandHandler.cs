using OpsPlan.BuildingBlocks.Application.Security;
using OpsPlan.Modules.Access.Contracts.ApiKeys;
using OpsPlan.Modules.Access.Domain.ApiKeys;
using OpsPlan.Modules.Partners.Contracts.Partners;

namespace OpsPlan.Modules.Access.Application.ApiKeys.CreateApiKey;

/// <summary>Issues a key; a partner's key is checked against the Partners module's public query first (the partner must exist).</summary>
internal sealed class CreateApiKeyCommandHandler(IApiKeyRepository apiKeys, IDispatcher dispatcher, ICurrentUser user, IClock clock)
    : ICommandHandler<CreateApiKeyCommand, CreatedApiKeyDto>
{
    public async Task<CreatedApiKeyDto> Handle(CreateApiKeyCommand request, CancellationToken cancellationToken)
    {
        if (request.PartnerId is { } partnerId)
        {
            try
            {
                await dispatcher.QueryAsync(new GetPartnerQuery(partnerId), cancellationToken);
            }
            catch (NotFoundException)
            {
                throw RequestValidationException.For("partnerId", "No partner has this id.");
            }
        }

        var (apiKey, secret) = ApiKey.Issue(request.Name, request.Roles!.Distinct().ToList(), request.PartnerId, user.Id, clock.UtcNow);
        await apiKeys.AddAsync(apiKey, cancellationToken);
        return new CreatedApiKeyDto(ApiKeyRow.ToDto(apiKey), secret);
    }
}
