using Microsoft.EntityFrameworkCore;
using Ratusha.Tests.Infrastructure;

namespace Ratusha.Tests.Data;

/// <summary>Each provider's migrations describe the model exactly: a model change without its migration fails here.</summary>
public abstract class MigrationTests(RatushaApp app)
{
    [Fact]
    public async Task The_model_has_no_changes_without_a_migration()
    {
        await using var scope = app.Scope(out var db);
        Assert.False(db.Database.HasPendingModelChanges(),
            $"The model differs from the {app.Provider} migrations: run `dotnet ef migrations add <Name>` for both contexts (see README).");
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
    }
}

[Collection(SqliteCollection.Name)]
public sealed class MigrationsOnSqlite(SqliteApp app) : MigrationTests(app);

[Collection(PostgresCollection.Name)]
public sealed class MigrationsOnPostgres(PostgresApp app) : MigrationTests(app);
