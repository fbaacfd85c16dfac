using Volunteers.Domain.Volunteers;

namespace Volunteers.Domain.Applications;

/// <summary>The parent or guardian who consents for an applicant aged 14 to 17.</summary>
public sealed record Guardian(string FullName, PhoneNumber Phone);
