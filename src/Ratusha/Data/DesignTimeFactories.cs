using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Ratusha.Data;

/// <summary>Lets `dotnet ef migrations add` build each provider's context without starting the host.</summary>
internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteRatushaDb>
{
    public SqliteRatushaDb CreateDbContext(string[] args) => new(
        new DbContextOptionsBuilder<SqliteRatushaDb>().UseSqlite("Data Source=design.db").Options,
        SystemActor.Instance, TimeProvider.System);
}

internal sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresRatushaDb>
{
    public PostgresRatushaDb CreateDbContext(string[] args) => new(
        new DbContextOptionsBuilder<PostgresRatushaDb>().UseNpgsql("Host=localhost;Database=ratusha_design").Options,
        SystemActor.Instance, TimeProvider.System);
}
