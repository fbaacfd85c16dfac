using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Volunteers.Application.Common.Interfaces;
using Volunteers.Application.Common.Localization;
using Volunteers.Domain.Common;
using Volunteers.Domain.Partners;

namespace Volunteers.Application.Partners.CreatePartner;

/// <summary>Register a partner system and issue its API key.</summary>
/// <param name="Name">The partner's name, e.g. "City portal"; unique among active partners.</param>
/// <param name="Scopes">What the key may do: campaigns:read, help-requests:read, help-requests:write, mobilizations:read, stats:read.</param>
public sealed record CreatePartnerCommand(string Name, IReadOnlyList<string> Scopes) : ICommand<PartnerCreatedDto>;

/// <summary>The new partner with its API key, which is shown only in this answer: send it as <c>X-Api-Key</c>.</summary>
public sealed record PartnerCreatedDto(Guid Id, string Name, IReadOnlyList<string> Scopes, string ApiKey, string KeyPrefix, DateTimeOffset CreatedAt);

public sealed class CreatePartnerCommandValidator : AbstractValidator<CreatePartnerCommand>
{
    public CreatePartnerCommandValidator()
    {
        RuleFor(x => x.Name).RequiredText(200);
        RuleFor(x => x.Scopes).NotEmpty().WithMessage(_ => ValidationMessages.Get(MessageKeys.ScopeRequired));
        RuleForEach(x => x.Scopes).Must(PartnerScopes.IsKnown)
            .WithMessage(_ => ValidationMessages.Get(MessageKeys.ScopeUnknown).Replace("{Known}", string.Join(", ", PartnerScopes.All), StringComparison.Ordinal));
    }
}

public sealed class CreatePartnerCommandHandler(IApplicationDbContext db, ISecretGenerator secrets, TimeProvider clock)
    : ICommandHandler<CreatePartnerCommand, PartnerCreatedDto>
{
    /// <summary>Keys start with this, so that secret scanners and people recognise a leaked one.</summary>
    public const string KeyPrefix = "vk_";

    public async ValueTask<PartnerCreatedDto> Handle(CreatePartnerCommand command, CancellationToken cancellationToken)
    {
        var name = command.Name.Trim();
        if (await db.Partners.AnyAsync(p => p.Name == name && p.RevokedAt == null, cancellationToken))
        {
            throw new DomainRuleViolationException("partner-name-taken", "An active partner with this name already exists.");
        }

        var apiKey = KeyPrefix + secrets.NewSecret();
        var partner = Partner.Register(name, command.Scopes, apiKey, secrets.Hash(apiKey), clock.GetUtcNow());
        db.Partners.Add(partner);
        await db.SaveChangesAsync(cancellationToken);
        return new PartnerCreatedDto(partner.Id, partner.Name, partner.Scopes, apiKey, partner.KeyPrefix, partner.CreatedAt);
    }
}
