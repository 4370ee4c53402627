using NetArchTest.Rules;
using OpsPlan.BuildingBlocks.Modules;

namespace OpsPlan.ArchitectureTests;

public sealed class ModuleBoundaryTests
{
    [Test]
    public void Every_module_is_found()
    {
        Assert.That(Solution.Modules.Select(module => module.Name), Does.Contain("risk"));
    }

    [TestCaseSource(typeof(Solution), nameof(Solution.EachModule))]
    public void A_module_references_no_other_module_except_through_its_contracts(ModuleDescriptor module)
    {
        var others = Solution.Modules.Where(other => other != module).Select(other => other.Assembly.GetName().Name!).ToHashSet();

        var references = module.Assembly.GetReferencedAssemblies().Select(reference => reference.Name!).Where(others.Contains);

        Assert.That(references, Is.Empty);
    }

    [Test]
    public void Risk_hears_finance_only_through_finances_contracts()
    {
        var risk = Solution.Modules.Single(module => module.Name == "risk");
        var finance = Solution.Modules.Single(module => module.Name == "finance");

        var references = risk.Assembly.GetReferencedAssemblies().Select(reference => reference.Name).ToList();
        var financeTypesUsed = Types.InAssembly(risk.Assembly).That().HaveDependencyOn(finance.ContractsAssembly.GetName().Name).GetTypes();

        Assert.Multiple(() =>
        {
            Assert.That(references, Does.Contain(finance.ContractsAssembly.GetName().Name), "the budget and runway alerts are Finance's contracts");
            Assert.That(references, Does.Not.Contain(finance.Assembly.GetName().Name));
            Assert.That(financeTypesUsed.Select(type => type.Name), Is.Not.Empty.And.All.EndsWith("Consumer"), "only event consumers touch Finance's contracts");
            Assert.That(finance.Assembly.GetReferencedAssemblies().Select(reference => reference.Name),
                Has.None.StartsWith("OpsPlan.Modules.Risk"), "Finance publishes and never knows who listens");
        });
    }

    [Test]
    public void Growth_reaches_finance_only_through_finances_contracts_and_never_its_tables()
    {
        var growth = Solution.Modules.Single(module => module.Name == "growth");
        var finance = Solution.Modules.Single(module => module.Name == "finance");

        var references = growth.Assembly.GetReferencedAssemblies().Select(reference => reference.Name).ToList();
        var financeTypesUsed = Types.InAssembly(growth.Assembly).That().HaveDependencyOn(finance.ContractsAssembly.GetName().Name).GetTypes();
        var sqlNamingFinance = SqlConstants.In(growth.Assembly)
            .Where(constant => System.Text.RegularExpressions.Regex.IsMatch(constant.Sql, @"\b(FROM|JOIN|INTO|UPDATE)\s+finance\.", System.Text.RegularExpressions.RegexOptions.IgnoreCase));

        Assert.Multiple(() =>
        {
            Assert.That(references, Does.Contain(finance.ContractsAssembly.GetName().Name), "rates and bookings are Finance's public query and command");
            Assert.That(references, Does.Not.Contain(finance.Assembly.GetName().Name));
            Assert.That(financeTypesUsed.Select(type => type.Name), Is.EquivalentTo(new[]
            {
                "GetChannelPerformanceQueryHandler", "RecordCampaignSpendCommandHandler", "CampaignSpendBookingConsumer",
            }), "only these handlers talk to Finance, through the mediator");
            Assert.That(sqlNamingFinance.Select(constant => constant.Name), Is.Empty, "Growth's SQL never names Finance's schema");
            Assert.That(finance.Assembly.GetReferencedAssemblies().Select(reference => reference.Name), Has.None.StartsWith("OpsPlan.Modules.Growth"));
        });
    }

    [TestCaseSource(typeof(Solution), nameof(Solution.EachModule))]
    public void A_modules_contracts_do_not_reach_into_any_module(ModuleDescriptor module)
    {
        var internals = Solution.Modules.Select(any => any.Assembly.GetName().Name!).ToHashSet();

        var references = module.ContractsAssembly.GetReferencedAssemblies().Select(reference => reference.Name!).Where(internals.Contains);

        Assert.That(references, Is.Empty);
    }

    [TestCaseSource(typeof(Solution), nameof(Solution.EachModule))]
    public void The_only_public_type_of_a_module_is_its_entry_point(ModuleDescriptor module)
    {
        var publicTypes = module.Assembly.GetExportedTypes();

        Assert.That(publicTypes, Has.Length.EqualTo(1));
        Assert.That(typeof(IModule).IsAssignableFrom(publicTypes[0]), Is.True, publicTypes[0].FullName);
    }

    [TestCaseSource(typeof(Solution), nameof(Solution.EachModule))]
    public void The_host_never_touches_a_modules_internals(ModuleDescriptor module)
    {
        var result = Types.InAssembly(Solution.Host)
            .ShouldNot()
            .HaveDependencyOnAny(Solution.Namespace(module, "Domain"), Solution.Namespace(module, "Application"), Solution.Namespace(module, "Infrastructure"))
            .GetResult();

        Assert.That(result.FailingTypeNames ?? [], Is.Empty);
    }

    [Test]
    public void The_building_blocks_know_no_module_and_no_host()
    {
        var forbidden = Solution.Modules.SelectMany(module => new[] { module.Assembly.GetName().Name!, module.ContractsAssembly.GetName().Name! })
            .Append(Solution.Host.GetName().Name!)
            .ToHashSet();

        Assert.That(Solution.BuildingBlocks.GetReferencedAssemblies().Select(reference => reference.Name!).Where(forbidden.Contains), Is.Empty);
    }

    [TestCaseSource(typeof(Solution), nameof(Solution.EachModule))]
    public void A_modules_sql_names_no_other_modules_schema(ModuleDescriptor module)
    {
        var otherSchemas = Solution.Modules.Where(other => other != module).Select(other => other.Name + ".").ToList();

        var offending = SqlConstants.In(module.Assembly)
            .Where(constant => otherSchemas.Any(schema => constant.Sql.Contains(" " + schema, StringComparison.OrdinalIgnoreCase)))
            .Select(constant => constant.Name);

        Assert.That(offending, Is.Empty);
    }
}
