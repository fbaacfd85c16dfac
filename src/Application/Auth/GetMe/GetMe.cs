using Mediator;
using Microsoft.EntityFrameworkCore;
using Volunteers.Application.Common.Exceptions;
using Volunteers.Application.Common.Interfaces;

namespace Volunteers.Application.Auth.GetMe;

/// <summary>The signed-in account.</summary>
public sealed record GetMeQuery : IQuery<MeDto>;

/// <summary>The signed-in account: who they are and what they may do.</summary>
public sealed record MeDto(Guid Id, string Email, string FullName, IReadOnlyList<string> Roles, Guid? VolunteerId);

public sealed class GetMeQueryHandler(IApplicationDbContext db, ICurrentUser user) : IQueryHandler<GetMeQuery, MeDto>
{
    public async ValueTask<MeDto> Handle(GetMeQuery query, CancellationToken cancellationToken)
    {
        var accountId = user.AccountId ?? throw new AuthenticationFailedException();
        var me = await db.UserAccounts.AsNoTracking()
            .Where(a => a.Id == accountId && a.IsActive)
            .Select(a => new { a.Id, a.Email, a.FullName, a.Role, a.VolunteerId })
            .SingleOrDefaultAsync(cancellationToken)
            ?? throw new AuthenticationFailedException();
        return new MeDto(me.Id, me.Email, me.FullName, [me.Role.ToString()], me.VolunteerId);
    }
}
