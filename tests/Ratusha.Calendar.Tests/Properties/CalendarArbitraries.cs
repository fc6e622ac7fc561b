using FsCheck;
using FsCheck.Fluent;

namespace Ratusha.Calendar.Tests.Properties;

/// <summary>A date in 2000–2098 (so that counting forward stays within the supported years).</summary>
public sealed record AnyDay(DateOnly Value)
{
    public override string ToString() => Value.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}

/// <summary>A term length, 1–400.</summary>
public sealed record Count(int Value)
{
    public override string ToString() => Value.ToString(System.Globalization.CultureInfo.InvariantCulture);
}

/// <summary>A year, 2000–2099.</summary>
public sealed record AnyYear(int Value)
{
    public override string ToString() => Value.ToString(System.Globalization.CultureInfo.InvariantCulture);
}

public static class CalendarArbitraries
{
    private static readonly int First = new DateOnly(2000, 1, 1).DayNumber;
    private static readonly int Last = new DateOnly(2098, 12, 31).DayNumber;

    public static Arbitrary<AnyDay> Days() =>
        Gen.Choose(First, Last).Select(n => new AnyDay(DateOnly.FromDayNumber(n))).ToArbitrary();

    public static Arbitrary<Count> Counts() =>
        Gen.Frequency((3, Gen.Choose(1, 31)), (1, Gen.Choose(1, 400))).Select(n => new Count(n)).ToArbitrary();

    public static Arbitrary<AnyYear> Years() =>
        Gen.Choose(2000, 2099).Select(y => new AnyYear(y)).ToArbitrary();
}
