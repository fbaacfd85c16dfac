using Volunteers.Domain.Common;

namespace Volunteers.Domain.Directions;

/// <summary>A line of volunteer work (emergency response, social, …). Deactivated, never deleted while referenced.</summary>
public sealed class Direction : Entity<int>
{
    private Direction()
    {
    }

    public string Code { get; private set; } = null!;
    public LocalizedText Name { get; private set; } = null!;
    public LocalizedText Description { get; private set; } = null!;
    public bool IsActive { get; private set; }

    public static Direction Create(string code, LocalizedText name, LocalizedText description, int id = 0) => new()
    {
        Id = id,
        Code = code,
        Name = name,
        Description = description,
        IsActive = true,
    };

    public void Update(LocalizedText name, LocalizedText description)
    {
        Name = name;
        Description = description;
    }

    public void Deactivate()
    {
        if (!IsActive)
        {
            throw new DomainRuleViolationException("direction-already-inactive", "The direction is already deactivated.");
        }

        IsActive = false;
    }
}
