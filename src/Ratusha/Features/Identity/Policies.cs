using Microsoft.AspNetCore.Authorization;

namespace Ratusha.Features.Identity;

/// <summary>Every endpoint and page names one of these policies; the authorisation matrix test checks them all.</summary>
public static class Policies
{
    public const string Official = nameof(Official);
    public const string Admin = nameof(Admin);
    public const string Registration = nameof(Registration);
    public const string Audit = nameof(Audit);

    public static void Add(AuthorizationOptions options)
    {
        options.AddPolicy(Official, p => p.RequireRole([.. Roles.Officials]));
        options.AddPolicy(Admin, p => p.RequireRole(Roles.Administrator));
        options.AddPolicy(Registration, p => p.RequireRole(Roles.Administrator, Roles.Registrar, Roles.HotlineSpecialist));
        options.AddPolicy(Audit, p => p.RequireRole(Roles.Administrator, Roles.Controller));
        options.FallbackPolicy = new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build();
    }
}
