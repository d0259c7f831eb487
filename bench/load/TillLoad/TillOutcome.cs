namespace TillLoad;

/// <summary>What one request did: the operation really sent, and for a failure its kind and a sample of the answer.</summary>
internal readonly record struct TillOutcome(Operation Op, string? Error, string? Detail);
