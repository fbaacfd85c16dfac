using FluentValidation;
using Microsoft.Extensions.DependencyInjection;
using Volunteers.Application.Common.Localization;
using Volunteers.Application.Common.Models;

namespace Volunteers.Application;

public static class DependencyInjection
{
    /// <summary>Validators and localised messages. Mediator itself is generated and registered in the API.</summary>
    public static IServiceCollection AddApplication(this IServiceCollection services)
    {
        ValidatorOptions.Global.LanguageManager = new ValidationMessages();
        ValidatorOptions.Global.PropertyNameResolver = (_, member, expression) => member is null ? null : JsonName(member.Name);
        // Messages name a field as the JSON does ('pageSize'), not split into words ('page Size').
        ValidatorOptions.Global.DisplayNameResolver = (_, member, expression) => member is null ? null : JsonName(member.Name);
        services.AddScoped<Common.Security.InvitationIssuer>();
        services.AddScoped<Auth.TokenPairIssuer>();
        // The one mail outbox: its sender, and a template per kind of mail.
        services.AddScoped<Mail.MailOutboxSender>();
        services.AddScoped<Mail.IMailTemplate, Volunteers.InviteVolunteer.VolunteerInvitationMailTemplate>();
        services.AddScoped<Mail.IMailTemplate, Mobilizations.MobilizationMailTemplate>();
        services.AddScoped<Mail.IMailTemplate, Shifts.Reminders.ShiftMailTemplate>();
        services.AddSingleton<Auth.Login.DecoyPassword>();
        services.AddValidatorsFromAssembly(
            typeof(DependencyInjection).Assembly,
            ServiceLifetime.Scoped,
            filter: scanned => scanned.ValidatorType != typeof(LocalizedTextDtoValidator), // a child validator, built with its length
            includeInternalTypes: true);
        return services;
    }

    private static string JsonName(string memberName) => char.ToLowerInvariant(memberName[0]) + memberName[1..];
}
