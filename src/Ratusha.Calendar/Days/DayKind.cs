namespace Ratusha.Calendar;

public enum DayKind
{
    Working,
    Weekend,
    Holiday,
    TransferredDayOff,
    GovernmentDayOff,
    WorkingHolidayUnderMartialLaw,
    TransferredWorkingDay,
}
