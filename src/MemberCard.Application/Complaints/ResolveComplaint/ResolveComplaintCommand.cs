namespace MemberCard.Application.Complaints.ResolveComplaint;

using Mediator;

/// <summary>Answers the complaint; the member is told, and may then rate the answer.</summary>
public sealed record ResolveComplaintCommand(Guid ComplaintId, string? Resolution) : ICommand<ComplaintDto>;
