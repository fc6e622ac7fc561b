namespace Ratusha.Calendar;

/// <summary>A named term from law or the Regulation. <paramref name="Name"/> and <paramref name="Source"/> are in Ukrainian.</summary>
public sealed record LegalTerm(string Code, string Name, TermRule Rule, string Source);
