namespace MemberCard.Application.Jobs.Common;

/// <summary>What a run changed (lots expired, tiers dropped, claims granted or lapsed) and how many members failed.</summary>
public sealed record JobTally(int Processed, int Failed);
