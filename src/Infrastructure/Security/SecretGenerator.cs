using System.Security.Cryptography;
using System.Buffers.Text;
using System.Text;
using Volunteers.Application.Common.Interfaces;

namespace Volunteers.Infrastructure.Security;

/// <summary>256-bit random secrets; stored as SHA-256, which is enough for secrets with this much entropy.</summary>
internal sealed class SecretGenerator : ISecretGenerator
{
    public string NewSecret() => Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));

    public string Hash(string secret) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));
}
