using FluentValidation;
using Mediator;
using Volunteers.Application.Common.Interfaces;
using Volunteers.Application.Common.Localization;
using Volunteers.Domain.HelpRequests;
using Volunteers.Domain.Volunteers;

namespace Volunteers.Application.HelpRequests.CreateHelpRequest;

/// <summary>Register a beneficiary's request for help (operators, or partner systems with <c>help-requests:write</c>).</summary>
/// <param name="Beneficiary">Who needs help.</param>
/// <param name="Kind">SnowClearing, Cleaning, GardenPreparation, FoodBasket, MedicineDelivery or Other.</param>
/// <param name="Details">What exactly is needed (optional).</param>
/// <param name="PreferredDate" example="2026-03-14">The day the beneficiary prefers (optional).</param>
public sealed record CreateHelpRequestCommand(BeneficiaryDto Beneficiary, HelpKind? Kind, string? Details, DateOnly? PreferredDate)
    : ICommand<HelpRequestDto>;

public sealed class CreateHelpRequestCommandValidator : AbstractValidator<CreateHelpRequestCommand>
{
    public CreateHelpRequestCommandValidator(IApplicationDbContext db)
    {
        RuleFor(x => x.Beneficiary).NotNull().WithMessage(_ => ValidationMessages.Get(MessageKeys.TextRequired))
            .SetValidator(new BeneficiaryRules(db));
        RuleFor(x => x.Kind).NotNull().IsInEnum();
        RuleFor(x => x.Details).OptionalText(HelpRequest.DetailsMaxLength);
    }

    /// <summary>The beneficiary's fields; built here, not registered on its own.</summary>
    private sealed class BeneficiaryRules : AbstractValidator<BeneficiaryDto>
    {
        public BeneficiaryRules(IApplicationDbContext db)
        {
            RuleFor(x => x.FullName).RequiredText(Beneficiary.FullNameMaxLength);
            RuleFor(x => x.Phone).KazakhMobilePhone();
            RuleFor(x => x.Address).RequiredText(Beneficiary.AddressMaxLength);
            RuleFor(x => x.District).KnownDistrict(db);
            RuleFor(x => x.Category).NotNull().IsInEnum();
        }
    }
}

public sealed class CreateHelpRequestCommandHandler(IApplicationDbContext db, ICurrentUser user, TimeProvider clock) : ICommandHandler<CreateHelpRequestCommand, HelpRequestDto>
{
    public async ValueTask<HelpRequestDto> Handle(CreateHelpRequestCommand command, CancellationToken cancellationToken)
    {
        var person = command.Beneficiary;
        var beneficiary = new Beneficiary(person.FullName!, PhoneNumber.Parse(person.Phone!), person.Address!, person.District!, person.Category!.Value);
        var request = HelpRequest.Create(beneficiary, command.Kind!.Value, command.Details, command.PreferredDate, clock.GetUtcNow());
        db.HelpRequests.Add(request);
        await db.SaveChangesAsync(cancellationToken);
        return request.ToDto().ShownTo(user);
    }
}
