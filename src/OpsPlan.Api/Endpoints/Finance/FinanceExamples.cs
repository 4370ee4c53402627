using OpsPlan.BuildingBlocks.Application.Batches;
using OpsPlan.BuildingBlocks.Domain;
using OpsPlan.Modules.Finance.Contracts;
using OpsPlan.Modules.Finance.Contracts.Budgets;
using OpsPlan.Modules.Finance.Contracts.Cash;
using OpsPlan.Modules.Finance.Contracts.CostCenters;
using OpsPlan.Modules.Finance.Contracts.Transactions;
using OpsPlan.Modules.Finance.Contracts.Views;

namespace OpsPlan.Api.Endpoints.Finance;

internal static class FinanceExamples
{
    private static readonly Guid Marketing = Guid.Parse("019a5f70-0a1b-7c2d-8e3f-5a6b7c8d9e01");
    private static readonly Guid MarketingEurope = Guid.Parse("019a5f71-1b2c-7d3e-8f40-6b7c8d9e0f12");
    private static readonly Guid Budget = Guid.Parse("019a5f72-2c3d-7e4f-8051-7c8d9e0f1a23");
    private static readonly Guid Operating = Guid.Parse("019a5f73-3d4e-7f50-8162-8d9e0f1a2b34");
    private static readonly DateTime Created = new(2026, 11, 1, 8, 0, 0, DateTimeKind.Utc);

    public static void Register(ExampleCatalog examples)
    {
        RegisterCostCenters(examples);
        RegisterBudgets(examples);
        RegisterTransactions(examples);
        RegisterCash(examples);
    }

    private static Money Eur(decimal amount) => Money.Of(amount, "EUR");

    private static void RegisterCostCenters(ExampleCatalog examples) => examples
        .Add(new CreateCostCenterCommand("MKT-EU", "Marketing Europe", "cmo@example.com", Marketing))
        .Add(new CostCenterRequest("Marketing Europe and Africa", "cmo@example.com", Marketing, false))
        .Add(new CostCenterDto
        {
            Id = MarketingEurope,
            Code = "MKT-EU",
            Name = "Marketing Europe",
            Owner = "cmo@example.com",
            ParentId = Marketing,
            Archived = false,
            CreatedAt = Created,
            UpdatedAt = Created,
            Version = 1,
        });

    private static void RegisterBudgets(ExampleCatalog examples)
    {
        BudgetLineDto[] lines = [new(SpendCategory.Marketing, Eur(120_000m)), new(SpendCategory.Personnel, Eur(300_000m))];
        examples
            .Add(new CreateBudgetCommand(MarketingEurope, "2026-Q3", "EUR", 80m, lines))
            .Add(new BudgetRequest(85m, lines))
            .Add(new BudgetStatusTransitionRequest(BudgetStatus.Submitted, "Ready for the CFO."))
            .Add(new BudgetRevisionRequest([new BudgetLineDto(SpendCategory.Marketing, Eur(150_000m))], "Q3 campaign extended to Iberia."))
            .Add(new BudgetDto
            {
                Id = Budget,
                CostCenterId = MarketingEurope,
                Period = "2026-Q3",
                StartsOn = new DateOnly(2026, 7, 1),
                EndsOn = new DateOnly(2026, 9, 30),
                Currency = "EUR",
                Status = BudgetStatus.Approved,
                WarningThresholdPercent = 80m,
                Lines = lines,
                Total = Eur(420_000m),
                CreatedAt = Created,
                UpdatedAt = Created,
                Version = 3,
            })
            .Add(new BudgetRevisionDto
            {
                Id = Guid.Parse("019a5f74-4e5f-7061-8273-9e0f1a2b3c45"),
                BudgetId = Budget,
                RevisedBy = "cfo@example.com",
                RevisedAt = Created,
                Reason = "Q3 campaign extended to Iberia.",
                Changes = [new BudgetRevisionChangeDto(SpendCategory.Marketing, Eur(120_000m), Eur(150_000m))],
                BudgetVersion = 4,
            })
            .Add(new BudgetVarianceDto(Budget, MarketingEurope, "2026-Q3", "EUR", new DateOnly(2026, 8, 15), 46, 92,
                [new VarianceLineDto(SpendCategory.Marketing, Eur(120_000m), Eur(99_000m), Eur(21_000m), 82.5m, Eur(198_000m), BudgetLineState.Warning)],
                new VarianceTotalDto(Eur(120_000m), Eur(99_000m), Eur(21_000m), 82.5m, Eur(198_000m), BudgetLineState.Warning)));
    }

    private static void RegisterTransactions(ExampleCatalog examples)
    {
        var item = new TransactionSyncItem("ERP-2026-000123", new DateOnly(2026, 8, 14), MarketingEurope, SpendCategory.Marketing, TransactionDirection.Outflow,
            Eur(12_500.50m), Operating, "Adtech GmbH", null, "Paid social, August");
        examples
            .Add(new CreateTransactionCommand(item.ExternalId, item.OccurredOn, item.CostCenterId, item.Category, item.Direction, item.Amount,
                item.CashAccountId, item.Counterparty, item.PartnerId, item.Description))
            .Add(new TransactionBatchRequest([item]))
            .Add(new BatchResultDto([new BatchItemResultDto(0, item.ExternalId, BatchItemStatus.Created, Guid.Parse("019a5f75-5f60-7172-8384-0f1a2b3c4d56"), null)], 1, 0, 0, 0))
            .Add(new TransactionDto
            {
                Id = Guid.Parse("019a5f75-5f60-7172-8384-0f1a2b3c4d56"),
                ExternalId = item.ExternalId,
                OccurredOn = item.OccurredOn,
                CostCenterId = item.CostCenterId,
                Category = item.Category,
                Direction = item.Direction,
                Amount = item.Amount,
                CashAccountId = item.CashAccountId,
                Counterparty = item.Counterparty,
                Description = item.Description,
                CreatedAt = Created,
                UpdatedAt = Created,
                Version = 1,
            });
    }

    private static void RegisterCash(ExampleCatalog examples)
    {
        var bucket = new CashFlowBucketDto(new DateOnly(2026, 8, 1), new DateOnly(2026, 8, 31), Eur(400_000m), Eur(350_000m), Eur(50_000m), Eur(2_050_000m));
        examples
            .Add(new CreateCashAccountCommand("Operating account EUR", Eur(2_000_000m), new DateOnly(2026, 1, 1)))
            .Add(new CashAccountDto
            {
                Id = Operating,
                Name = "Operating account EUR",
                Currency = "EUR",
                OpeningBalance = Eur(2_000_000m),
                OpenedOn = new DateOnly(2026, 1, 1),
                CreatedAt = Created,
                UpdatedAt = Created,
                Version = 1,
            })
            .Add(new ExchangeRateBatchRequest([new ExchangeRateSyncItem("EUR", new DateOnly(2026, 8, 14), "1.0845")]))
            .Add(new ExchangeRateDto
            {
                Id = Guid.Parse("019a5f76-6071-7283-8495-1a2b3c4d5e67"),
                Currency = "EUR",
                ReportingCurrency = "USD",
                EffectiveOn = new DateOnly(2026, 8, 14),
                Rate = "1.0845",
                CreatedAt = Created,
                UpdatedAt = Created,
                Version = 1,
            })
            .Add(new CashFlowDto(new DateOnly(2026, 8, 1), new DateOnly(2026, 8, 31), CashFlowGranularity.Month, "USD",
                [new CashAccountFlowDto(Operating, "Operating account EUR", "EUR", Eur(2_000_000m), [bucket])],
                new CashFlowTotalDto(Money.Of(2_169_000m, "USD"), [new CashFlowBucketDto(bucket.Start, bucket.End, Money.Of(433_800m, "USD"),
                    Money.Of(379_575m, "USD"), Money.Of(54_225m, "USD"), Money.Of(2_223_225m, "USD"))])))
            .Add(new RunwayDto(new DateOnly(2026, 11, 24), Money.Of(2_223_225m, "USD"), new DateOnly(2026, 8, 1), new DateOnly(2026, 10, 31),
                Money.Of(180_000m, "USD"), true, 12.3m, 6, false))
            .Add(new SpendSummaryDto("2026-Q3", new DateOnly(2026, 7, 1), new DateOnly(2026, 9, 30), "USD",
                [new SpendSummaryRowDto(MarketingEurope, "MKT-EU", SpendCategory.Marketing, Money.Of(107_365.5m, "USD"), Money.Of(0m, "USD"), Money.Of(107_365.5m, "USD"))],
                new SpendFiguresDto(Money.Of(107_365.5m, "USD"), Money.Of(0m, "USD"), Money.Of(107_365.5m, "USD"))));
    }
}
