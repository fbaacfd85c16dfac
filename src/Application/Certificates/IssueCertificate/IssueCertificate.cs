using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Volunteers.Application.Common.Exceptions;
using Volunteers.Application.Common.Interfaces;
using Volunteers.Application.Common.Links;
using Volunteers.Application.Common.Localization;
using Volunteers.Application.Common.Time;
using Volunteers.Application.Shifts;
using Volunteers.Application.Volunteers;
using Volunteers.Domain.Certificates;
using Volunteers.Domain.Common;
using Volunteers.Domain.Volunteers;

namespace Volunteers.Application.Certificates.IssueCertificate;

/// <summary>
/// Issue an hours certificate (the volunteer themself or staff) for the HQ dates <paramref name="From"/> to
/// <paramref name="To"/> (YYYY-MM-DD; default the first day with a check-in to today) in <paramref name="Language"/>
/// (kk, ru or en; default the volunteer's message language).
/// </summary>
public sealed record IssueCertificateCommand(Guid VolunteerId, string? From = null, string? To = null, string? Language = null)
    : ICommand<IssuedCertificateDto>
{
    public DateOnly? FirstDay => ApiDates.Parse(From);

    public DateOnly? LastDay => ApiDates.Parse(To);
}

/// <summary>A certificate just issued, with where to verify and download it.</summary>
/// <param name="Code">The verification code (letters and digits, unguessable).</param>
/// <param name="From">The period's first HQ date.</param>
/// <param name="To">The period's last HQ date.</param>
/// <param name="TotalHours">Hours of checked-out shifts whose check-in fell in the period, frozen now.</param>
/// <param name="VerifyUrl">The public verification (what the QR image on the PDF holds).</param>
/// <param name="PdfUrl">The PDF.</param>
public sealed record IssuedCertificateDto(string Code, DateOnly From, DateOnly To, double TotalHours, Uri VerifyUrl, Uri PdfUrl);

public sealed class IssueCertificateCommandValidator : AbstractValidator<IssueCertificateCommand>
{
    public IssueCertificateCommandValidator(IHqCalendar calendar)
    {
        RuleFor(x => x.From).ApiDate();
        RuleFor(x => x.To).ApiDate();
        // Without "to" the period ends today, so a "from" after today is an empty period too.
        RuleFor(x => x.LastDay ?? calendar.Today).GreaterThanOrEqualTo(x => x.FirstDay!.Value)
            .When(x => x.FirstDay is not null && (x.To is null || x.LastDay is not null))
            .OverridePropertyName("to")
            .WithMessage(_ => ValidationMessages.Get(MessageKeys.PeriodUnordered));
        RuleFor(x => x.Language).Must(Language.IsSupported).When(x => x.Language is not null)
            .WithMessage(_ => ValidationMessages.Get(MessageKeys.LanguageUnknown));
    }
}

public sealed class IssueCertificateCommandHandler(IApplicationDbContext db, ICurrentUser user, IHqCalendar calendar, IPublicLinks links, TimeProvider clock)
    : ICommandHandler<IssueCertificateCommand, IssuedCertificateDto>
{
    public async ValueTask<IssuedCertificateDto> Handle(IssueCertificateCommand command, CancellationToken cancellationToken)
    {
        user.EnsureStaffOrSelf(command.VolunteerId, "A volunteer issues certificates only for their own hours.");
        var volunteer = await db.Volunteers.AsNoTracking().SingleOrDefaultAsync(v => v.Id == command.VolunteerId, cancellationToken)
                        ?? throw new NotFoundException(nameof(Volunteer), command.VolunteerId);
        if (volunteer.IsAnonymized)
        {
            throw new NotFoundException(nameof(Volunteer), command.VolunteerId);
        }

        var worked = db.SignUps.AsNoTracking().WorkedBy(volunteer.Id);
        var to = command.LastDay ?? calendar.Today;
        var from = command.FirstDay;
        if (from is null)
        {
            var firstCheckIn = await worked.OrderBy(s => s.CheckedInAt).Select(s => s.CheckedInAt).FirstOrDefaultAsync(cancellationToken);
            from = firstCheckIn is { } first ? calendar.DateOf(first) : to;
        }

        var periodStart = calendar.StartOf(from.Value);
        var periodEnd = calendar.StartOf(to.AddDays(1));
        var minutes = await worked
            .Where(s => s.CheckedInAt >= periodStart && s.CheckedInAt < periodEnd)
            .GroupBy(s => s.CampaignId)
            .Select(g => new { CampaignId = g.Key, Minutes = g.Sum(s => s.WorkedMinutes!.Value) })
            .ToListAsync(cancellationToken);

        var certificate = HoursCertificate.Issue(
            volunteer.Id, from.Value, to, command.Language ?? volunteer.MessageLanguage,
            [.. minutes.Select(m => (m.CampaignId, m.Minutes))], user.AccountId, clock.GetUtcNow());
        db.HoursCertificates.Add(certificate);
        await db.SaveChangesAsync(cancellationToken);

        return new IssuedCertificateDto(
            certificate.Code, certificate.From, certificate.To, WorkedHours.FromTotalMinutes(certificate.TotalMinutes),
            links.CertificateVerification(certificate.Code), links.CertificatePdf(certificate.Code));
    }
}
