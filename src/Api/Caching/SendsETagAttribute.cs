namespace Volunteers.Api.Caching;

/// <summary>Marks an endpoint whose answers carry the resource's version in an <c>ETag</c> header (sent back in <c>If-Match</c>).</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class SendsETagAttribute : Attribute;
