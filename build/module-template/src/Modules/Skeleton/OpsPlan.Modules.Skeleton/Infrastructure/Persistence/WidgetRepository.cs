using OpsPlan.Modules.Skeleton.Application.Widgets;
using OpsPlan.Modules.Skeleton.Domain.Widgets;

namespace OpsPlan.Modules.Skeleton.Infrastructure.Persistence;

/// <summary>Saves widgets inside the command's unit of work.</summary>
internal sealed class WidgetRepository(IUnitOfWork unitOfWork) : IWidgetRepository
{
    private const string NameTakenSql = "SELECT COUNT(*) FROM skeleton.widgets WHERE name = @Name";

    private const string InsertSql = """
        INSERT INTO skeleton.widgets (id, name, description, created_at, updated_at, version)
        VALUES (@Id, @Name, @Description, @CreatedAt, @UpdatedAt, @Version)
        """;

    public async Task<bool> NameTakenAsync(string name, CancellationToken cancellationToken) =>
        await unitOfWork.ExecuteScalarAsync<long>(NameTakenSql, new { Name = name }, cancellationToken) > 0;

    public Task AddAsync(Widget widget, CancellationToken cancellationToken) =>
        unitOfWork.ExecuteAsync(InsertSql, WidgetRow.Parameters(widget), cancellationToken);
}
