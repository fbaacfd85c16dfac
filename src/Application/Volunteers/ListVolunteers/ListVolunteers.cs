using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Volunteers.Application.Common.Interfaces;
using Volunteers.Application.Common.Localization;
using Volunteers.Application.Common.Models;
using Volunteers.Domain.Volunteers;

namespace Volunteers.Application.Volunteers.ListVolunteers;

/// <summary>
/// The volunteer registry (staff only): filtered by status, direction and district, searched by name, phone or IIN,
/// sorted by <c>lastName</c> (default), <c>firstName</c> or <c>createdAt</c> — a leading <c>-</c> reverses the order.
/// </summary>
public sealed record ListVolunteersQuery(
    VolunteerStatus? Status = null,
    int? DirectionId = null,
    string? District = null,
    string? Search = null,
    string? Sort = null,
    int Page = 1,
    int PageSize = IPagedQuery.DefaultPageSize) : IQuery<PagedList<VolunteerListItemDto>>, IPagedQuery;

public sealed class ListVolunteersQueryValidator : PagedQueryValidator<ListVolunteersQuery>
{
    public static readonly IReadOnlyList<string> SortKeys = ["lastName", "firstName", "createdAt"];

    public ListVolunteersQueryValidator()
    {
        RuleFor(x => x.Sort)
            .Must(sort => sort is null || SortKeys.Contains(sort.TrimStart('-'), StringComparer.OrdinalIgnoreCase))
            .WithMessage(_ => ValidationMessages.Get(MessageKeys.SortUnknown));
        RuleFor(x => x.Search).OptionalText(100);
        RuleFor(x => x.District).OptionalText(40);
    }
}

public sealed class ListVolunteersQueryHandler(IApplicationDbContext db, IVolunteerNameSearch names)
    : IQueryHandler<ListVolunteersQuery, PagedList<VolunteerListItemDto>>
{
    private const int MinDigitsForNumberSearch = 3;

    /// <summary>
    /// A name search that matches at most this many people is run once and its people are then found by id: the count
    /// and the page would otherwise each read the name index (which at 300,000 volunteers costs more than the rest).
    /// </summary>
    private const int MatchesLookedUpById = 200;

    public async ValueTask<PagedList<VolunteerListItemDto>> Handle(ListVolunteersQuery query, CancellationToken cancellationToken)
    {
        var volunteers = db.Volunteers.AsNoTracking();
        if (query.Status is { } status)
        {
            volunteers = volunteers.Where(v => v.Status == status);
        }

        if (query.DirectionId is { } directionId)
        {
            volunteers = volunteers.Where(v => v.Directions.Any(d => d.DirectionId == directionId));
        }

        if (!string.IsNullOrWhiteSpace(query.District))
        {
            volunteers = volunteers.Where(v => v.DistrictCode == query.District);
        }

        if (!string.IsNullOrWhiteSpace(query.Search))
        {
            volunteers = await SearchAsync(volunteers, query.Search, names, cancellationToken);
        }

        var ordered = Sort(volunteers, query.Sort).ProjectToListItem();
        var page = await PagedList<VolunteerListItemDto>.CreateAsync(ordered, query, cancellationToken);
        var hours = await VolunteerHours.TotalsAsync(db, [.. page.Items.Select(v => v.Id)], cancellationToken);
        return page with { Items = [.. page.Items.Select(v => v with { Hours = hours[v.Id] })] };
    }

    /// <summary>
    /// A whole phone number (any common spelling) matches exactly; other digits match the start of an IIN or a part
    /// of a phone; anything else matches a part of the name, case-insensitively.
    /// </summary>
    private static async Task<IQueryable<Volunteer>> SearchAsync(
        IQueryable<Volunteer> volunteers, string search, IVolunteerNameSearch names, CancellationToken cancellationToken)
    {
        var term = search.Trim();
        if (PhoneNumber.TryParse(term, out var phone))
        {
            return volunteers.Where(v => v.Phone == phone.Value);
        }

        var digits = new string([.. term.Where(char.IsAsciiDigit)]);
        if (digits.Length >= MinDigitsForNumberSearch && term.All(c => char.IsAsciiDigit(c) || c is ' ' or '+' or '-' or '(' or ')'))
        {
            return volunteers.Where(v => v.Iin!.StartsWith(digits) || v.Phone!.Contains(digits));
        }

        var matching = names.WhereNameContains(volunteers, Volunteer.SearchKey(term));
        var ids = await matching.Select(v => v.Id).Take(MatchesLookedUpById + 1).ToListAsync(cancellationToken);
        return ids.Count <= MatchesLookedUpById ? volunteers.Where(v => ids.Contains(v.Id)) : matching;
    }

    private static IOrderedQueryable<Volunteer> Sort(IQueryable<Volunteer> volunteers, string? sort)
    {
        var descending = sort?.StartsWith('-') == true;
        var key = sort?.TrimStart('-').ToLowerInvariant();
        var ordered = (key, descending) switch
        {
            ("firstname", false) => volunteers.OrderBy(v => v.FirstName).ThenBy(v => v.LastName),
            ("firstname", true) => volunteers.OrderByDescending(v => v.FirstName).ThenByDescending(v => v.LastName),
            ("createdat", false) => volunteers.OrderBy(v => v.CreatedAt),
            ("createdat", true) => volunteers.OrderByDescending(v => v.CreatedAt),
            (_, true) => volunteers.OrderByDescending(v => v.LastName).ThenByDescending(v => v.FirstName),
            _ => volunteers.OrderBy(v => v.LastName).ThenBy(v => v.FirstName),
        };
        return ordered.ThenBy(v => v.Id);
    }
}
