namespace MemberCard.Api.IntegrationTests.Security;

using System.Net;

/// <summary>
/// How the isolation matrix calls one route of the API: the path and body for an <see cref="IsolationWorld"/>
/// (placeholders filled with branch B's member or card), the audience that owns the route, what branch A
/// may get from it, and what the owner gets, which proves the call itself is well formed.
/// </summary>
public sealed record RouteCase(
    string Method,
    string Pattern,
    RouteAudience Audience,
    CrossBranchRule CrossBranch,
    Func<IsolationWorld, string> Path,
    Func<IsolationWorld, object?> Body,
    HttpStatusCode OwnerStatus)
{
    public string Key => Method + " " + Pattern;

    public override string ToString() => Key;
}
