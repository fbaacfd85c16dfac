namespace Volunteers.Api.Endpoints;

internal static class ApiRoutes
{
    public const string Base = "/api/v1";

    /// <summary>Maps every resource of the v1 API under <see cref="Base"/>.</summary>
    public static void MapApi(this WebApplication app)
    {
        var api = app.MapGroup(Base);
        AuthEndpoints.Map(api);
        StaffAccountEndpoints.Map(api);
        ReferenceDataEndpoints.Map(api);
        TrainingCohortEndpoints.Map(api);
        SchoolPlanEndpoints.Map(api);
        PartnerEndpoints.Map(api);
        WebhookEndpoints.Map(api);
        ApplicationEndpoints.Map(api);
        VolunteerEndpoints.Map(api);
        CampaignEndpoints.Map(api);
        ShiftEndpoints.Map(api);
        AttendanceEndpoints.Map(api);
        HelpRequestEndpoints.Map(api);
        MobilizationEndpoints.Map(api);
        StatsEndpoints.Map(api);
        CertificateEndpoints.Map(api);
        CalendarEndpoints.Map(api);
    }
}
