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
            .WithMessage(_ => ValidationMessages.Get(MessageKeys.DistrictUnknown));

    /// <summary>Whether the direction exists and is active: only active directions take new work (campaigns, cohorts, volunteers).</summary>
    public static Task<bool> IsActiveDirectionAsync(this IApplicationDbContext db, int directionId, CancellationToken cancellationToken) =>
        db.Directions.AnyAsync(d => d.Id == directionId && d.IsActive, cancellationToken);

    /// <summary>An optional direction that, when given, exists and is active.</summary>
    public static IRuleBuilderOptions<T, int?> ActiveDirection<T>(this IRuleBuilder<T, int?> rule, IApplicationDbContext db) =>
        rule.MustAsync(async (id, cancellationToken) => id is not { } directionId || await db.IsActiveDirectionAsync(directionId, cancellationToken))
            .WithMessage(_ => ValidationMessages.Get(MessageKeys.DirectionNotActive));

    /// <summary>The id of an existing direction (active or not; whether it must be active is the use case's rule).</summary>
    public static IRuleBuilderOptions<T, int> KnownDirection<T>(this IRuleBuilder<T, int> rule, IApplicationDbContext db) =>
        rule.MustAsync(async (id, cancellationToken) => await db.Directions.AnyAsync(d => d.Id == id, cancellationToken))
            .WithMessage(_ => ValidationMessages.Get(MessageKeys.DirectionUnknown));
}
