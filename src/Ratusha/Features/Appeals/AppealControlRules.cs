using Ratusha.Features.Control;

namespace Ratusha.Features.Appeals;

/// <summary>
/// Appeals (Law «Про звернення громадян» art. 20; §6.13–6.15): 30 days from registration, 15 without additional study,
/// never over 45 days in total; co-executors report 3 working days before the lead (§6.14).
/// </summary>
public static class AppealControlRules
{
    public static readonly ControlRules Rules = new(
        Kind: "appeal",
        DefaultTerm: ControlRules.Term("appeal"),
        ShortTerm: ControlRules.Term("appeal-short"),
        UrgentTerm: null,
        MaximumTerm: ControlRules.Term("appeal-max"),
        CoExecutorTerm: ControlRules.Term("co-executor"),
        ReworkTerm: ControlRules.Term("rework"));

    public static readonly ControlKind Kind = new(["appeals", "hotline-1545", "hotline-regional"], Rules);
}
