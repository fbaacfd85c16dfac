using Volunteers.Application.Common.Interfaces;
using Volunteers.Domain.Campaigns;

namespace Volunteers.Application.Shifts;

/// <summary>A shift's check-in code as the coordinator shows it at the place.</summary>
/// <param name="Code" example="407215">Six digits the volunteer types in the app.</param>
/// <param name="ValidFrom">The code works from an hour before the shift's start ...</param>
/// <param name="ValidUntil">... to an hour after its end.</param>
/// <param name="QrSvg">An SVG document of a QR code holding <c>volunteers:check-in?shift={shiftId}&amp;code={code}</c>, for the app to scan.</param>
public sealed record CheckInCodeDto(string Code, DateTimeOffset ValidFrom, DateTimeOffset ValidUntil, string QrSvg)
{
    /// <summary>What the QR image holds: the app opens the shift's check-in with the code filled in.</summary>
    public static string QrText(Guid shiftId, string code) => $"volunteers:check-in?shift={shiftId}&code={code}";

    public static CheckInCodeDto From(Shift shift, string code, IQrCodes qrCodes) =>
        new(code, shift.CheckInOpensAt, shift.CheckInClosesAt, qrCodes.Svg(QrText(shift.Id, code)));
}
