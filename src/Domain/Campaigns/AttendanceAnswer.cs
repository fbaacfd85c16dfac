namespace Volunteers.Domain.Campaigns;

/// <summary>A volunteer's answer from the personal link in their shift reminders.</summary>
public enum AttendanceAnswer
{
    Coming,
    NotComing,
}
