using Microsoft.Extensions.Configuration;
using Volunteers.Application.Common.Time;

namespace Volunteers.Infrastructure.Time;

internal sealed class HqCalendar(TimeProvider clock, IConfiguration configuration) : IHqCalendar
{
    public const string DefaultTimeZone = "Asia/Almaty";

    public TimeZoneInfo TimeZone { get; } = TimeZoneInfo.FindSystemTimeZoneById(configuration["Hq:TimeZone"] ?? DefaultTimeZone);

    public DateOnly Today => DateOf(clock.GetUtcNow());

    public DateOnly DateOf(DateTimeOffset instant) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, TimeZone).DateTime);

    public DateTimeOffset StartOf(DateOnly date)
    {
        var local = date.ToDateTime(TimeOnly.MinValue);
        return new DateTimeOffset(local, TimeZone.GetUtcOffset(local)).ToUniversalTime();
    }
}
