using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Volunteers.Application.Common.Interfaces;
using Volunteers.Application.Common.Localization;
using Volunteers.Domain.Mobilizations;

namespace Volunteers.Application.Mobilizations.CreateMobilization;

/// <summary>Declare an emergency mobilisation.</summary>
/// <param name="Title">A short name, e.g. "Spring flood 2026".</param>
/// <param name="Reason">Why the HQ mobilises; it is quoted in the volunteers' e-mails.</param>
/// <param name="StartsOn">First roster day (HQ date).</param>
/// <param name="EndsOn">Last roster day, on or after <paramref name="StartsOn"/>.</param>
/// <param name="DailyActive">Active volunteers wanted each day, 1 or more.</param>
/// <param name="Reserve">Reserve volunteers each day, 0 or more.</param>
/// <param name="DirectionIds">Only volunteers working in one of these directions; omit for all.</param>
/// <param name="Districts">Only volunteers living in one of these district codes; omit for the whole city.</param>
/// <param name="ResponseWindowMinutes">Minutes an active volunteer has to answer before the reserve is called (default 120).</param>
public sealed record CreateMobilizationCommand(
    string Title,
    string Reason,
    DateOnly StartsOn,
    DateOnly EndsOn,
    int DailyActive,
    int Reserve,
    IReadOnlyList<int>? DirectionIds = null,
    IReadOnlyList<string>? Districts = null,
    int? ResponseWindowMinutes = null) : ICommand<MobilizationDto>;

public sealed class CreateMobilizationCommandValidator : AbstractValidator<CreateMobilizationCommand>
{
    public const int MaxDailyActive = 10_000;
    public const int MaxReserve = 50_000;
    public const int MaxResponseWindowMinutes = 24 * 60;

    public CreateMobilizationCommandValidator(IApplicationDbContext db)
    {
        RuleFor(x => x.Title).RequiredText(200);
        RuleFor(x => x.Reason).RequiredText(2000);
        RuleFor(x => x.StartsOn).NotEmpty().WithMessage(_ => ValidationMessages.Get(MessageKeys.TextRequired));
        RuleFor(x => x.EndsOn).NotEmpty().WithMessage(_ => ValidationMessages.Get(MessageKeys.TextRequired))
            .GreaterThanOrEqualTo(x => x.StartsOn).WithMessage(_ => ValidationMessages.Get(MessageKeys.PeriodUnordered));
        RuleFor(x => x.DailyActive).InclusiveBetween(1, MaxDailyActive).WithMessage(_ => ValidationMessages.Get(MessageKeys.RangeBetween));
        RuleFor(x => x.Reserve).InclusiveBetween(0, MaxReserve).WithMessage(_ => ValidationMessages.Get(MessageKeys.RangeBetween));
        RuleFor(x => x.ResponseWindowMinutes!.Value).InclusiveBetween(1, MaxResponseWindowMinutes)
            .WithMessage(_ => ValidationMessages.Get(MessageKeys.RangeBetween))
            .OverridePropertyName("responseWindowMinutes")
            .When(x => x.ResponseWindowMinutes is not null);
        RuleFor(x => x.DirectionIds)
            .MustAsync(async (ids, ct) => await CountExistingAsync(db.Directions.Select(d => d.Id), ids!, ct) == ids!.Distinct().Count())
            .WithMessage(_ => ValidationMessages.Get(MessageKeys.DirectionUnknown))
            .When(x => x.DirectionIds is { Count: > 0 });
        RuleFor(x => x.Districts)
            .MustAsync(async (codes, ct) => await CountExistingAsync(db.Districts.Select(d => d.Code), codes!, ct) == codes!.Distinct().Count())
            .WithMessage(_ => ValidationMessages.Get(MessageKeys.DistrictUnknown))
            .When(x => x.Districts is { Count: > 0 });
    }

    private static Task<int> CountExistingAsync<TKey>(IQueryable<TKey> keys, IReadOnlyList<TKey> wanted, CancellationToken cancellationToken)
    {
        var distinct = wanted.Distinct().ToList();
        return keys.CountAsync(k => distinct.Contains(k), cancellationToken);
    }
}

public sealed class CreateMobilizationCommandHandler(IApplicationDbContext db, TimeProvider clock)
    : ICommandHandler<CreateMobilizationCommand, MobilizationDto>
{
    public async ValueTask<MobilizationDto> Handle(CreateMobilizationCommand command, CancellationToken cancellationToken)
    {
        var mobilization = Mobilization.Declare(
            command.Title, command.Reason, command.StartsOn, command.EndsOn, command.DailyActive, command.Reserve,
            command.DirectionIds, command.Districts, command.ResponseWindowMinutes, clock.GetUtcNow());
        db.Mobilizations.Add(mobilization);
        await db.SaveChangesAsync(cancellationToken);
        return mobilization.ToDto([]);
    }
}
