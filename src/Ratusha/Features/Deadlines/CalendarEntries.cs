using Ratusha.Calendar;
using Ratusha.Data;

namespace Ratusha.Features.Deadlines;

/// <summary>A public holiday of the Labour Code art. 73 as stored and edited by the administrator.</summary>
public sealed class CalendarHoliday : IVersioned
{
    public Guid Id { get; private set; } = Guid.CreateVersion7();
    public string Name { get; set; } = "";
    public int? Month { get; set; }
    public int? Day { get; set; }
    public int? DaysAfterEaster { get; set; }
    public DateOnly ValidFrom { get; set; }
    public DateOnly? ValidTo { get; set; }
    public string Source { get; set; } = "";
    public int Version { get; private set; }

    public static CalendarHoliday Of(HolidayDefinition h) => new()
    {
        Name = h.Name,
        Month = h.Month,
        Day = h.Day,
        DaysAfterEaster = h.DaysAfterEaster,
        ValidFrom = h.ValidFrom,
        ValidTo = h.ValidTo,
        Source = h.Source,
    };

    public HolidayDefinition ToDefinition() => new(Name, Month, Day, DaysAfterEaster, ValidFrom, ValidTo, Source);
}

/// <summary>A day the government transferred: a working Saturday or an extra day off.</summary>
public sealed class CalendarSpecialDay : IVersioned
{
    public Guid Id { get; private set; } = Guid.CreateVersion7();
    public DateOnly Date { get; set; }
    public SpecialDayKind Kind { get; set; }
    public string Reason { get; set; } = "";
    public int Version { get; private set; }

    public static CalendarSpecialDay Of(SpecialDay d) => new() { Date = d.Date, Kind = d.Kind, Reason = d.Reason };

    public SpecialDay ToDefinition() => new(Date, Kind, Reason);
}

/// <summary>A period of martial law (Law 2136-IX art. 6): holidays are working days and are not transferred.</summary>
public sealed class CalendarMartialLaw : IVersioned
{
    public Guid Id { get; private set; } = Guid.CreateVersion7();
    public DateOnly From { get; set; }
    public DateOnly? To { get; set; }
    public string Source { get; set; } = "";
    public int Version { get; private set; }

    public static CalendarMartialLaw Of(MartialLawPeriod p) => new() { From = p.From, To = p.To, Source = p.Source };

    public MartialLawPeriod ToDefinition() => new(From, To, Source);
}
