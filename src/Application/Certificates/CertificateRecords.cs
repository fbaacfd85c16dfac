using Microsoft.EntityFrameworkCore;
using Volunteers.Application.Common.Exceptions;
using Volunteers.Application.Common.Interfaces;
using Volunteers.Application.Common.Models;
using Volunteers.Application.Shifts;
using Volunteers.Domain.Certificates;
using Volunteers.Domain.Common;

namespace Volunteers.Application.Certificates;

/// <summary>A certificate with what its verification and its PDF show: the holder's names and the campaigns' titles.</summary>
public sealed record CertificateRecord(
    HoursCertificate Certificate, string FirstName, string LastName, string? MiddleName, IReadOnlyList<(LocalizedText Title, int Minutes)> Campaigns)
{
    /// <summary>"Айгерим Н.": the first name and the last name's initial, all that a stranger holding the code may see.</summary>
    public string Holder => $"{FirstName} {LastName[..1]}.";

    /// <summary>Last, first and middle name, as on Kazakh documents.</summary>
    public string FullName => string.Join(' ', new[] { LastName, FirstName, MiddleName }.Where(n => !string.IsNullOrWhiteSpace(n)));
}

public static class CertificateRecords
{
    /// <summary>
    /// The certificate with this code (as typed: case and spaces do not matter), or a 404 that says nothing of whether it
    /// ever existed — also when its volunteer's personal data was erased.
    /// </summary>
    public static async Task<CertificateRecord> FindAsync(IApplicationDbContext db, string code, CancellationToken cancellationToken)
    {
        var normalized = HoursCertificate.NormalizeCode(code);
        var found = await db.HoursCertificates.AsNoTracking()
            .Where(c => c.Code == normalized)
            .Join(db.Volunteers.Where(v => v.AnonymizedAt == null), c => c.VolunteerId, v => v.Id,
                (c, v) => new { Certificate = c, v.FirstName, v.LastName, v.MiddleName })
            .SingleOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException("No certificate has this code.");

        var campaigns = await db.HoursCertificates.AsNoTracking()
            .Where(c => c.Id == found.Certificate.Id)
            .SelectMany(c => c.Campaigns)
            .Join(db.Campaigns, h => h.CampaignId, c => c.Id, (h, c) => new { c.Title, h.Minutes, h.CampaignId })
            .OrderByDescending(h => h.Minutes).ThenBy(h => h.CampaignId)
            .ToListAsync(cancellationToken);
        return new CertificateRecord(found.Certificate, found.FirstName, found.LastName, found.MiddleName, [.. campaigns.Select(c => (c.Title, c.Minutes))]);
    }

    /// <summary>The public view of a certificate: no personal data beyond <see cref="CertificateRecord.Holder"/>.</summary>
    public static CertificateDto ToDto(this CertificateRecord record) => new(
        record.Certificate.Code,
        record.Holder,
        record.Certificate.From,
        record.Certificate.To,
        WorkedHours.FromTotalMinutes(record.Certificate.TotalMinutes),
        [.. record.Campaigns.Select(c => new CertificateCampaignDto(LocalizedTextDto.From(c.Title), WorkedHours.FromTotalMinutes(c.Minutes)))],
        record.Certificate.IssuedAt,
        record.Certificate.IsValid);
}

/// <summary>An hours certificate as anyone holding its code sees it.</summary>
/// <param name="Code">The verification code.</param>
/// <param name="Holder">The holder's first name and last-name initial, e.g. "Айгерим Н.".</param>
/// <param name="From">The period's first HQ date.</param>
/// <param name="To">The period's last HQ date.</param>
/// <param name="TotalHours">Hours of checked-out shifts whose check-in fell in the period, as at issue.</param>
/// <param name="ByCampaign">The same per campaign, most first.</param>
/// <param name="IssuedAt">When it was issued.</param>
/// <param name="Valid">False once staff revoked it.</param>
public sealed record CertificateDto(
    string Code,
    string Holder,
    DateOnly From,
    DateOnly To,
    double TotalHours,
    IReadOnlyList<CertificateCampaignDto> ByCampaign,
    DateTimeOffset IssuedAt,
    bool Valid);

/// <summary>One campaign's hours on a certificate.</summary>
/// <param name="Title">The campaign's title in kk, ru and optionally en.</param>
/// <param name="Hours">Hours given there in the period.</param>
public sealed record CertificateCampaignDto(LocalizedTextDto Title, double Hours);
