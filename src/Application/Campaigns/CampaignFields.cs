using FluentValidation;
using Volunteers.Application.Common.Interfaces;
using Volunteers.Application.Common.Localization;
using Volunteers.Application.Common.Models;
using Volunteers.Domain.Campaigns;
using Volunteers.Domain.Common;

namespace Volunteers.Application.Campaigns;

/// <summary>The fields a coordinator fills in when creating or editing a campaign.</summary>
public interface ICampaignFields
{
    LocalizedTextDto Title { get; }
    LocalizedTextDto Description { get; }
    int DirectionId { get; }
    CampaignKind? Kind { get; }
    string? District { get; }
    string? Location { get; }
    DateOnly StartsOn { get; }
    DateOnly EndsOn { get; }
}

/// <summary>The rules of <see cref="ICampaignFields"/>, shared by create and edit.</summary>
public abstract class CampaignFieldsValidator<T> : AbstractValidator<T>
    where T : ICampaignFields
{
    protected CampaignFieldsValidator(IApplicationDbContext db)
    {
        RuleFor(x => x.Title).LocalizedText(Campaign.TitleMaxLength);
        RuleFor(x => x.Description).LocalizedText(Campaign.DescriptionMaxLength);
        RuleFor(x => x.DirectionId).KnownDirection(db);
        RuleFor(x => x.Kind).NotNull().IsInEnum();
        RuleFor(x => x.District).KnownDistrict(db).When(x => x.District is not null);
        RuleFor(x => x.Location).OptionalText(Campaign.LocationMaxLength);
        RuleFor(x => x.StartsOn).NotEmpty();
        RuleFor(x => x.EndsOn).NotEmpty()
            .GreaterThanOrEqualTo(x => x.StartsOn).WithMessage(_ => ValidationMessages.Get(MessageKeys.DateNotBeforeStart));
    }
}

internal static class CampaignFieldsExtensions
{
    /// <summary>The domain's view of the fields; call only after validation.</summary>
    public static CampaignDetails ToDetails(this ICampaignFields fields) => new(
        fields.Title.ToDomain(),
        fields.Description.ToDomain(),
        fields.DirectionId,
        fields.Kind!.Value,
        fields.District,
        string.IsNullOrWhiteSpace(fields.Location) ? null : fields.Location.Trim(),
        fields.StartsOn,
        fields.EndsOn);

    /// <summary>New work goes only to active directions.</summary>
    public static async Task EnsureDirectionIsActiveAsync(this IApplicationDbContext db, int directionId, CancellationToken cancellationToken)
    {
        if (!await db.IsActiveDirectionAsync(directionId, cancellationToken))
        {
            throw new DomainRuleViolationException("direction-inactive", "The direction is deactivated; new campaigns go to active directions.");
        }
    }
}
