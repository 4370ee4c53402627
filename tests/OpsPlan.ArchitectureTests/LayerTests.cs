using FluentValidation;
using MediatR;
using NetArchTest.Rules;
using OpsPlan.BuildingBlocks.Modules;

namespace OpsPlan.ArchitectureTests;

public sealed class LayerTests
{
    [TestCaseSource(typeof(Solution), nameof(Solution.EachModule))]
    public void The_domain_knows_neither_application_nor_infrastructure(ModuleDescriptor module)
    {
        var result = Types.InAssembly(module.Assembly)
            .That().ResideInNamespace(Solution.Namespace(module, "Domain"))
            .ShouldNot().HaveDependencyOnAny(Solution.Namespace(module, "Application"), Solution.Namespace(module, "Infrastructure"), "Dapper", "Microsoft.Data")
            .GetResult();

        Assert.That(result.FailingTypeNames ?? [], Is.Empty);
    }

    [TestCaseSource(typeof(Solution), nameof(Solution.EachModule))]
    public void The_application_does_not_know_the_infrastructure(ModuleDescriptor module)
    {
        var result = Types.InAssembly(module.Assembly)
            .That().ResideInNamespace(Solution.Namespace(module, "Application"))
            .ShouldNot().HaveDependencyOn(Solution.Namespace(module, "Infrastructure"))
            .GetResult();

        Assert.That(result.FailingTypeNames ?? [], Is.Empty);
    }

    [TestCaseSource(typeof(Solution), nameof(Solution.EachModule))]
    public void Handlers_and_validators_are_internal_and_sealed(ModuleDescriptor module)
    {
        Type[] kinds = [typeof(IRequestHandler<,>), typeof(INotificationHandler<>), typeof(IValidator<>)];
        var offending = module.Assembly.GetTypes()
            .Where(type => type is { IsClass: true, IsAbstract: false })
            .Where(type => type.GetInterfaces().Any(contract => contract.IsGenericType && kinds.Contains(contract.GetGenericTypeDefinition())))
            .Where(type => type.IsPublic || type.IsNestedPublic || !type.IsSealed)
            .Select(type => type.FullName);

        Assert.That(offending, Is.Empty);
    }

    [TestCaseSource(typeof(Solution), nameof(Solution.EachModule))]
    public void Commands_and_queries_sent_over_http_live_in_the_contracts(ModuleDescriptor module)
    {
        var result = Types.InAssembly(module.ContractsAssembly)
            .ShouldNot().HaveDependencyOnAny("Dapper", "Microsoft.Data", "FluentValidation", "Microsoft.AspNetCore")
            .GetResult();

        Assert.That(result.FailingTypeNames ?? [], Is.Empty);
    }
}
