using Volunteers.Application.Common.Interfaces;

namespace Volunteers.Infrastructure.Security;

/// <summary>
/// The common passwords shipped with the app (<c>Security/CommonPasswords.txt</c>, lower case, one a line: the 10,000
/// most common of 12 characters or more from SecLists' "10 million password list — top 1M"; see docs/security.md).
/// </summary>
internal sealed class CommonPasswordList : ICommonPasswords
{
    private readonly Lazy<HashSet<string>> _passwords = new(Load);

    public bool Contains(string password) => _passwords.Value.Contains(password.ToLowerInvariant());

    private static HashSet<string> Load()
    {
        using var stream = typeof(CommonPasswordList).Assembly.GetManifestResourceStream("Volunteers.CommonPasswords.txt")
                           ?? throw new InvalidOperationException("The common-password list is missing from the build.");
        using var reader = new StreamReader(stream);
        var passwords = new HashSet<string>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0)
            {
                passwords.Add(line);
            }
        }

        return passwords;
    }
}
