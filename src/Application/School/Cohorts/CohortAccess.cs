using Volunteers.Application.Common.Exceptions;
using Volunteers.Application.Common.Interfaces;
using Volunteers.Domain.School;

namespace Volunteers.Application.School.Cohorts;

internal static class CohortAccess
{
    /// <summary>Lessons, attendance and completion belong to the cohort's trainer, coordinators and admins; not to other trainers.</summary>
    public static void EnsureCanTeach(this ICurrentUser user, TrainingCohort cohort) => user.EnsureCohortStaff(cohort.TrainerId);

    /// <summary>
    /// A cohort's members, attendance and results are read by its trainer, coordinators and admins; other trainers
    /// (and everyone else) get a 403.
    /// </summary>
    public static void EnsureCanRead(this ICurrentUser user, TrainingCohortDto cohort) => user.EnsureCohortStaff(cohort.TrainerId);

    private static void EnsureCohortStaff(this ICurrentUser user, Guid? trainerId)
    {
        if (!user.IsStaff() && (user.AccountId is null || trainerId != user.AccountId))
        {
            throw new ForbiddenException("Only the cohort's trainer, coordinators and admins may do this.");
        }
    }
}
