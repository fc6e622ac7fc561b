using Ratusha.Data;

namespace Ratusha.Features.Audit;

/// <summary><c>dotnet Ratusha.dll verify-audit</c>: checks the chain and exits 0 when intact, 1 when broken (names the first broken row).</summary>
internal static class VerifyAuditCommand
{
    public static async Task<int> RunAsync(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        var result = await AuditVerification.VerifyAsync(scope.ServiceProvider.GetRequiredService<RatushaDb>(), CancellationToken.None);
        Console.WriteLine(result.Message);
        return result.Intact ? 0 : 1;
    }
}
