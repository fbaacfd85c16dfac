using Volunteers.Domain.Common;

namespace Volunteers.Domain.Districts;

/// <summary>A district of the capital, identified by its code (e.g. <c>Yesil</c>).</summary>
public sealed class District
{
    private District()
    {
    }

    public string Code { get; private set; } = null!;
    public LocalizedText Name { get; private set; } = null!;
    public LocalizedText Description { get; private set; } = null!;

    public static District Create(string code, LocalizedText name, LocalizedText description) => new()
    {
        Code = code,
        Name = name,
        Description = description,
    };
}
