using Ratusha.Calendar;

namespace Ratusha.Features.Control;

/// <summary>
/// §2.6.3: an assignment whose term exceeds three months carries interim dates on which the executor informs of the
/// course of execution — every three months from registration (where the term counts from, §5.1.8), each rolled
/// forward to a working day by the engine, all before the term itself.
/// </summary>
public static class InterimReporting
{
    public static readonly LegalTerm Term = ControlRules.Term("interim-report");

    public static IReadOnlyList<DateOnly> Dates(DateOnly registeredOn, DateOnly due, WorkingCalendar calendar)
    {
        if (Term.Rule is not Months step) return [];
        var dates = new List<DateOnly>(); // a term of three months or less gets none: the first date is not before it
        for (var n = 1; n < 100; n++)
        {
            var date = Deadline.For(new Months(step.Count * n), registeredOn, calendar).Due;
            if (date >= due) break;
            dates.Add(date);
        }
        return dates;
    }
}
