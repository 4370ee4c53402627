using Microsoft.Extensions.Options;
using OpsPlan.Modules.Growth.Application.Customers;
using OpsPlan.Modules.Growth.Contracts.Customers;
using OpsPlan.Modules.Growth.Domain.Customers;
using OpsPlan.Modules.Growth.Domain.Stages;

namespace OpsPlan.Modules.Growth.Application.Stages.ReevaluateStages;

/// <summary>
/// Applies the stage rule to the customers whose next stage time (kept on each customer) has passed, a page at a
/// time: the rest are not read at all.
/// </summary>
internal sealed class ReevaluateStagesCommandHandler(ICustomerRepository customers, CustomerBook book, IOptions<GrowthOptions> options, IClock clock)
    : ICommandHandler<ReevaluateStagesCommand, StageReevaluationDto>
{
    private const int PageSize = 1_000;

    public async Task<StageReevaluationDto> Handle(ReevaluateStagesCommand request, CancellationToken cancellationToken)
    {
        var windows = options.Value.Windows;
        var now = clock.UtcNow;
        var changed = 0;
        while (true)
        {
            var due = await customers.DueForReevaluationAsync(now, PageSize, cancellationToken);
            foreach (var customer in due)
            {
                customer.Reevaluate(windows, now, StageChange.ReasonTime);
            }

            await book.SaveStandingAsync(due, cancellationToken);
            changed += due.Count(customer => customer.StageChanges.Count > 0);

            // Every customer read is due later now (or never), so the next page holds others; a short page is the last.
            if (due.Count < PageSize)
            {
                return new StageReevaluationDto(now, changed);
            }
        }
    }
}
