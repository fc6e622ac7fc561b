using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Ratusha.Data;

internal sealed class DateTimeOffsetToUtcTicks() : ValueConverter<DateTimeOffset, long>(
    v => v.UtcTicks,
    v => new DateTimeOffset(v, TimeSpan.Zero));
