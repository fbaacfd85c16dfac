using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Volunteers.Application.Common.Interfaces;

namespace Volunteers.Application.Common.Localization;

/// <summary>Rules that check a payload's references against the reference data in the database.</summary>
public static class ReferenceDataRules
{
    /// <summary>A district code of <c>GET /districts</c> (e.g. <c>Yesil</c>).</summary>
    public static IRuleBuilderOptions<T, string?> KnownDistrict<T>(this IRuleBuilder<T, string?> rule, IApplicationDbContext db) =>
        rule.MustAsync(async (code, cancellationToken) => code is not null && await db.Districts.AnyAsync(d => d.Code == code, cancellationToken))
            .WithMessage(_ => ValidationMessages.Get("District.Unknown"));

    /// <summary>The id of an existing direction (active or not; whether it must be active is the use case's rule).</summary>
    public static IRuleBuilderOptions<T, int> KnownDirection<T>(this IRuleBuilder<T, int> rule, IApplicationDbContext db) =>
        rule.MustAsync(async (id, cancellationToken) => await db.Directions.AnyAsync(d => d.Id == id, cancellationToken))
            .WithMessage(_ => ValidationMessages.Get("Direction.Unknown"));
}
