using Volunteers.Application.Common.Exceptions;
using Volunteers.Application.Common.Interfaces;
using Volunteers.Domain.School;

namespace Volunteers.Application.School.Cohorts;

internal static class CohortAccess
{
    /// <summary>Lessons, attendance and completion belong to the cohort's trainer, coordinators and admins; not to other trainers.</summary>
    public static void EnsureCanTeach(this ICurrentUser user, TrainingCohort cohort)
    {
        if (!user.IsStaff() && !cohort.IsTaughtBy(user.AccountId))
        {
            throw new ForbiddenException("Only the cohort's trainer, coordinators and admins may do this.");
        }
    }
}
