namespace Volunteers.Domain.Common;

/// <summary>
/// A domain rule or a lifecycle transition was broken. <see cref="Rule"/> is a stable kebab-case name
/// (e.g. <c>campaign-invalid-transition</c>) that the API turns into the problem <c>type</c> of a 409.
/// </summary>
public sealed class DomainRuleViolationException : Exception
{
    public DomainRuleViolationException(string rule, string message)
        : base(message) => Rule = rule;

    public DomainRuleViolationException()
        : this("domain-rule", "A domain rule was broken.")
    {
    }

    public DomainRuleViolationException(string message)
        : this("domain-rule", message)
    {
    }

    public DomainRuleViolationException(string message, Exception innerException)
        : base(message, innerException) => Rule = "domain-rule";

    public string Rule { get; }
}
