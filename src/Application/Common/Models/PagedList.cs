using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Volunteers.Application.Common.Localization;

namespace Volunteers.Application.Common.Models;

/// <summary>One page of a list, in the shape every list endpoint answers with.</summary>
public sealed record PagedList<T>(IReadOnlyList<T> Items, int Page, int PageSize, int TotalCount)
{
    public static async Task<PagedList<T>> CreateAsync(IQueryable<T> ordered, IPagedQuery paging, CancellationToken cancellationToken)
    {
        var total = await ordered.CountAsync(cancellationToken);
        var items = total == 0
            ? []
            : await ordered.Skip((paging.Page - 1) * paging.PageSize).Take(paging.PageSize).ToListAsync(cancellationToken);
        return new PagedList<T>(items, paging.Page, paging.PageSize, total);
    }
}

/// <summary>A list query: <c>page</c> 1–1,000,000, <c>pageSize</c> 1–100 (default 20).</summary>
public interface IPagedQuery
{
    public const int DefaultPageSize = 20;
    public const int MaxPageSize = 100;

    /// <summary>Far beyond any real list, and low enough that <c>(page - 1) × pageSize</c> never overflows.</summary>
    public const int MaxPage = 1_000_000;

    int Page { get; }
    int PageSize { get; }
}

/// <summary>Base validator of list queries: the paging limits, plus whatever the query adds.</summary>
public abstract class PagedQueryValidator<T> : AbstractValidator<T>
    where T : IPagedQuery
{
    protected PagedQueryValidator()
    {
        RuleFor(x => x.Page).InclusiveBetween(1, IPagedQuery.MaxPage)
            .WithMessage(_ => ValidationMessages.Get(MessageKeys.RangeBetween))
            .OverridePropertyName("page");
        RuleFor(x => x.PageSize).InclusiveBetween(1, IPagedQuery.MaxPageSize)
            .WithMessage(_ => ValidationMessages.Get(MessageKeys.RangeBetween))
            .OverridePropertyName("pageSize");
    }
}
