using System.Security.Cryptography;
using Volunteers.Domain.Common;

namespace Volunteers.Domain.Certificates;

/// <summary>
/// A volunteer's hours certificate for a period of HQ dates: the hours per campaign are frozen when it is issued, so the
/// document and its public verification never change afterwards — except that staff may revoke it (it then verifies as
/// not valid). Schools and employers find it by its <see cref="Code"/>.
/// </summary>
public sealed class HoursCertificate : Entity<Guid>
{
    /// <summary>Letters and digits a person cannot misread for one another (no 0/O, 1/I/L): the code is typed from paper.</summary>
    public const string CodeAlphabet = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";

    /// <summary>12 characters of 31: about 59 random bits, far beyond guessing through a rate-limited public page.</summary>
    public const int CodeLength = 12;

    private readonly List<CertificateCampaignHours> _campaigns = [];

    private HoursCertificate()
    {
    }

    public string Code { get; private set; } = null!;
    public Guid VolunteerId { get; private set; }
    public DateOnly From { get; private set; }
    public DateOnly To { get; private set; }

    /// <summary>The language of the document: kk, ru or en.</summary>
    public string Language { get; private set; } = null!;

    public int TotalMinutes { get; private set; }
    public DateTimeOffset IssuedAt { get; private set; }

    /// <summary>The account that issued it (the volunteer's own or a staff member's).</summary>
    public Guid? IssuedBy { get; private set; }

    public DateTimeOffset? RevokedAt { get; private set; }
    public Guid? RevokedBy { get; private set; }

    public IReadOnlyList<CertificateCampaignHours> Campaigns => _campaigns;

    public bool IsValid => RevokedAt is null;

    /// <summary>A code for a new certificate, from the cryptographic random generator.</summary>
    public static string NewCode() => RandomNumberGenerator.GetString(CodeAlphabet, CodeLength);

    /// <summary>A code as a person may type it (spaces around, lower case) in the form it is stored in.</summary>
    public static string NormalizeCode(string code) => code.Trim().ToUpperInvariant();

    /// <summary>Issues a certificate for the worked minutes per campaign; a period without any hours has nothing to certify.</summary>
    public static HoursCertificate Issue(
        Guid volunteerId, DateOnly from, DateOnly to, string language, IReadOnlyCollection<(Guid CampaignId, int Minutes)> minutesByCampaign,
        Guid? issuedBy, DateTimeOffset now)
    {
        if (to < from)
        {
            throw new ArgumentException("The period ends before it starts.", nameof(to));
        }

        if (!Common.Language.IsSupported(language))
        {
            throw new ArgumentException("A certificate is written in kk, ru or en.", nameof(language));
        }

        var worked = minutesByCampaign.Where(c => c.Minutes > 0).ToList();
        if (worked.Count == 0)
        {
            throw new DomainRuleViolationException("certificate-no-hours", "The volunteer has no checked-out hours in this period.");
        }

        var certificate = new HoursCertificate
        {
            Id = Guid.CreateVersion7(now),
            Code = NewCode(),
            VolunteerId = volunteerId,
            From = from,
            To = to,
            Language = language,
            TotalMinutes = worked.Sum(c => c.Minutes),
            IssuedAt = now,
            IssuedBy = issuedBy,
        };
        certificate._campaigns.AddRange(worked.Select(c => new CertificateCampaignHours(certificate.Id, c.CampaignId, c.Minutes)));
        certificate.Raise(new CertificateIssued(certificate.Id, certificate.Code, volunteerId, from, to, certificate.TotalMinutes, now));
        return certificate;
    }

    /// <summary>Staff withdraw the certificate: it stays findable and verifies as not valid.</summary>
    public void Revoke(Guid? revokedBy, DateTimeOffset now)
    {
        if (RevokedAt is not null)
        {
            throw new DomainRuleViolationException("certificate-already-revoked", "The certificate is already revoked.");
        }

        RevokedAt = now;
        RevokedBy = revokedBy;
    }
}

/// <summary>The minutes one campaign contributed to a certificate, as they were when it was issued.</summary>
public sealed class CertificateCampaignHours
{
    internal CertificateCampaignHours(Guid certificateId, Guid campaignId, int minutes)
    {
        CertificateId = certificateId;
        CampaignId = campaignId;
        Minutes = minutes;
    }

    public Guid CertificateId { get; private set; }
    public Guid CampaignId { get; private set; }
    public int Minutes { get; private set; }
}

/// <summary>A certificate was issued (partners with <c>certificates:read</c> hear of it as <c>certificate.issued</c>).</summary>
public sealed record CertificateIssued(
    Guid CertificateId, string Code, Guid VolunteerId, DateOnly From, DateOnly To, int TotalMinutes, DateTimeOffset IssuedAt) : IDomainEvent;
