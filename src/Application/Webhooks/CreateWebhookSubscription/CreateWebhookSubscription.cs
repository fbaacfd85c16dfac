using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Volunteers.Application.Common.Exceptions;
using Volunteers.Application.Common.Interfaces;
using Volunteers.Application.Common.Localization;
using Volunteers.Domain.Webhooks;

namespace Volunteers.Application.Webhooks.CreateWebhookSubscription;

/// <summary>Subscribe a URL to events. A partner subscribes for itself; an admin for the HQ.</summary>
/// <param name="Url">Where to POST the events: https, a public host.</param>
/// <param name="Events">The event types to receive, e.g. campaign.published.</param>
public sealed record CreateWebhookSubscriptionCommand(string Url, IReadOnlyList<string> Events) : ICommand<WebhookSubscriptionCreatedDto>;

/// <summary>The new subscription with its signing secret, which is shown only in this answer.</summary>
public sealed record WebhookSubscriptionCreatedDto(Guid Id, Guid? PartnerId, string Url, IReadOnlyList<string> Events, string Secret, DateTimeOffset CreatedAt);

public sealed class CreateWebhookSubscriptionCommandValidator : AbstractValidator<CreateWebhookSubscriptionCommand>
{
    public CreateWebhookSubscriptionCommandValidator(IOptions<WebhookOptions> options)
    {
        var allowLoopback = options.Value.AllowLoopback;
        RuleFor(x => x.Url).Must(url => WebhookUrlRules.IsAllowedUrl(url, allowLoopback))
            .WithMessage(_ => ValidationMessages.Get(MessageKeys.WebhookUrlNotAllowed));
        RuleFor(x => x.Events).NotEmpty().WithMessage(_ => ValidationMessages.Get(MessageKeys.WebhookEventRequired));
        RuleForEach(x => x.Events).Must(WebhookEventTypes.IsKnown)
            .WithMessage(_ => ValidationMessages.Get(MessageKeys.WebhookEventUnknown).Replace("{Known}", string.Join(", ", WebhookEventTypes.All), StringComparison.Ordinal));
    }
}

public sealed class CreateWebhookSubscriptionCommandHandler(IApplicationDbContext db, ICurrentUser user, ISecretGenerator secrets, TimeProvider clock)
    : ICommandHandler<CreateWebhookSubscriptionCommand, WebhookSubscriptionCreatedDto>
{
    /// <summary>Secrets start with this, so that secret scanners and people recognise a leaked one.</summary>
    public const string SecretPrefix = "whsec_";

    public async ValueTask<WebhookSubscriptionCreatedDto> Handle(CreateWebhookSubscriptionCommand command, CancellationToken cancellationToken)
    {
        var partnerId = user.PartnerId;
        if (partnerId is not null)
        {
            var partner = await db.Partners.AsNoTracking().SingleOrDefaultAsync(p => p.Id == partnerId && p.RevokedAt == null, cancellationToken)
                          ?? throw new ForbiddenException("The partner's key was revoked.");
            foreach (var type in command.Events)
            {
                if (WebhookEventTypes.RequiredScope(type) is { } scope && !partner.HasScope(scope))
                {
                    throw new ForbiddenException($"Receiving '{type}' needs the scope '{scope}', which this key does not have.");
                }
            }
        }
        else if (!user.IsAdmin())
        {
            throw new ForbiddenException();
        }

        var subscription = WebhookSubscription.Create(
            partnerId, new Uri(command.Url), command.Events, SecretPrefix + secrets.NewSecret(), clock.GetUtcNow());
        db.WebhookSubscriptions.Add(subscription);
        await db.SaveChangesAsync(cancellationToken);
        return new WebhookSubscriptionCreatedDto(
            subscription.Id, subscription.PartnerId, subscription.Url, subscription.Events, subscription.Secret, subscription.CreatedAt);
    }
}
