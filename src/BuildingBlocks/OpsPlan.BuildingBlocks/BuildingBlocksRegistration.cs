using System.Reflection;
using FluentValidation;
using MediatR;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using OpsPlan.BuildingBlocks.Application.Auditing;
using OpsPlan.BuildingBlocks.Application.Behaviours;
using OpsPlan.BuildingBlocks.Application.Caching;
using OpsPlan.BuildingBlocks.Application.Messaging;
using OpsPlan.BuildingBlocks.Domain;
using OpsPlan.BuildingBlocks.Idempotency;
using OpsPlan.BuildingBlocks.Inbox;
using OpsPlan.BuildingBlocks.Modules;
using OpsPlan.BuildingBlocks.Outbox;
using OpsPlan.BuildingBlocks.Persistence;

namespace OpsPlan.BuildingBlocks;

public static class BuildingBlocksRegistration
{
    /// <summary>
    /// Registers the mediator with its behaviours, persistence for the configured provider, the outbox and inbox,
    /// and every handler and validator of the given modules.
    /// </summary>
    public static IServiceCollection AddOpsPlanModules(this IServiceCollection services, IConfiguration configuration, string contentRoot, params IModule[] modules)
    {
        DapperTypeHandlers.Register();
        var catalog = new ModuleCatalog(modules.Select(module => module.Descriptor));
        var database = configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>() ?? new DatabaseOptions();
        if (database.Provider == DatabaseProvider.Sqlite)
        {
            // Here, at registration: the migrations open the first database as soon as the host starts.
            SqliteEngine.Configure();
        }

        var outbox = configuration.GetSection(OutboxOptions.Section).Get<OutboxOptions>() ?? new OutboxOptions();
        if (outbox.Problems().ToList() is { Count: > 0 } problems)
        {
            throw new InvalidOperationException("The outbox settings cannot work: " + string.Join(" ", problems));
        }

        services.AddSingleton(catalog);
        services.AddSingleton(database);
        services.AddSingleton(outbox);
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<IClock, SystemClock>();
        services.AddSingleton<IDbConnectionFactory>(_ => CreateConnectionFactory(database, contentRoot, catalog));
        if (database.Provider == DatabaseProvider.Sqlite)
        {
            services.AddHostedService(provider => new SqliteCheckpointService((SqliteConnectionFactory)provider.GetRequiredService<IDbConnectionFactory>(),
                database, provider.GetRequiredService<TimeProvider>(), provider.GetRequiredService<ILogger<SqliteCheckpointService>>()));
        }
        services.AddSingleton(provider => new DatabaseMigrator(database, contentRoot, catalog, provider.GetRequiredService<TimeProvider>(),
            provider.GetRequiredService<ILogger<DatabaseMigrator>>()));
        services.AddSingleton<QueryCache>();
        services.AddScoped<UnitOfWork>();
        services.AddScoped<IUnitOfWork>(provider => provider.GetRequiredService<UnitOfWork>());
        services.AddScoped<IOutbox, Outbox.Outbox>();
        services.AddScoped(provider => new InboxContext(provider.GetRequiredService<UnitOfWork>(), catalog, provider.GetRequiredService<IClock>()));
        services.AddSingleton<AuditLog>();
        services.AddSingleton<IntegrationEventSerializer>();
        services.AddSingleton<OutboxRelay>();
        services.AddSingleton<IdempotencyStore>();
        services.AddScoped<IdempotencyContext>();
        services.AddSingleton<CommandResults>();
        if (outbox.RelayEnabled)
        {
            services.AddHostedService<OutboxRelayService>();
        }

        AddMediator(services, [typeof(BuildingBlocksRegistration).Assembly, .. catalog.Modules.Select(module => module.Assembly)]);
        foreach (var module in modules)
        {
            module.AddServices(services, configuration);
        }

        return services;
    }

    private static IDbConnectionFactory CreateConnectionFactory(DatabaseOptions options, string contentRoot, ModuleCatalog catalog) =>
        options.Provider switch
        {
            DatabaseProvider.Sqlite => new SqliteConnectionFactory(
                DatabaseMigrator.SqliteDirectory(options, contentRoot),
                [DatabaseMigrator.PlatformSchema, .. catalog.WithRecords.Select(module => module.Name)]),
            DatabaseProvider.SqlServer => new SqlServerConnectionFactory(
                options.SqlServerConnectionString ?? throw new InvalidOperationException("Database:SqlServerConnectionString is required for SQL Server.")),
            _ => throw new InvalidOperationException($"Unknown database provider {options.Provider}."),
        };

    // MediatR 5.1.0 ships no container integration, so handlers, validators and behaviours are registered here.
    private static void AddMediator(IServiceCollection services, IReadOnlyList<Assembly> assemblies)
    {
        // Transient, not scoped: they hold nothing but the request's provider, and each scoped service costs every
        // request an entry in its scope. The factory still resolves handlers from the request's scope.
        services.AddTransient<ServiceFactory>(provider => provider.GetService!);
        services.AddTransient<IMediator, Mediator>();
        services.AddTransient<IDispatcher, MediatorDispatcher>();

        // Validators hold no state once their rules are built, so each is built once; handlers use scoped services.
        Type[] scoped = [typeof(IRequestHandler<,>), typeof(INotificationHandler<>)];
        foreach (var type in assemblies.SelectMany(assembly => assembly.GetTypes()).Where(type => type is { IsClass: true, IsAbstract: false, IsGenericTypeDefinition: false }))
        {
            foreach (var contract in type.GetInterfaces().Where(contract => contract.IsGenericType))
            {
                var definition = contract.GetGenericTypeDefinition();
                if (definition == typeof(IValidator<>))
                {
                    services.AddSingleton(contract, type);
                }
                else if (scoped.Contains(definition))
                {
                    services.AddScoped(contract, type);
                }
            }
        }

        // Outermost first. The container leaves out a behaviour whose constraints a request does not meet, so a plain
        // query passes through three, never the query cache's or the unit of work's. Only the unit of work needs the
        // request's scope; the others are built once.
        services.AddSingleton(typeof(IPipelineBehavior<,>), typeof(LoggingBehaviour<,>));
        services.AddSingleton(typeof(IPipelineBehavior<,>), typeof(ValidationBehaviour<,>));
        services.AddSingleton(typeof(IPipelineBehavior<,>), typeof(QueryCacheBehaviour<,>));
        services.AddSingleton(typeof(IPipelineBehavior<,>), typeof(TransientRetryBehaviour<,>));
        services.AddTransient(typeof(IPipelineBehavior<,>), typeof(UnitOfWorkBehaviour<,>));
    }
}
