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
        ValidatorOptions.Global.PropertyNameResolver = (_, member, expression) =>
            member is null ? null : char.ToLowerInvariant(member.Name[0]) + member.Name[1..];
        services.AddScoped<Common.Security.InvitationIssuer>();
        services.AddScoped<Auth.TokenPairIssuer>();
        services.AddValidatorsFromAssembly(
            typeof(DependencyInjection).Assembly,
            ServiceLifetime.Scoped,
            filter: scanned => scanned.ValidatorType != typeof(LocalizedTextDtoValidator), // a child validator, built with its length
            includeInternalTypes: true);
        return services;
    }
}
