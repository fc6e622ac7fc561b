using Ratusha.Features.Control;

namespace Ratusha.Features.Documents;

/// <summary>
/// Documents without a term: 30 days; «терміново» — 5 working days, counted from receipt and registration (§5.1.7,
/// §5.1.8); rework after a rejected answer 5 days (§5.3.10); «до відома» — back for filing within a month (§5.3.13).
/// </summary>
public static class DocumentControlRules
{
    public static readonly ControlRules Rules = new(
        Kind: "document",
        DefaultTerm: ControlRules.Term("document"),
        ShortTerm: null,
        UrgentTerm: ControlRules.Term("document-urgent"),
        MaximumTerm: null,
        CoExecutorTerm: ControlRules.Term("co-executor"),
        ReworkTerm: ControlRules.Term("rework"),
        ForInformationTerm: ControlRules.Term("for-information"),
        Title: "Документи (вхідні, вихідні, внутрішні, телефонограми)");

    public static readonly ControlKind Kind = new(["incoming", "outgoing", "internal", "telephonograms"], Rules);
}
