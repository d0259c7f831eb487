namespace MemberCard.Application.Complaints.RateComplaint;

using Mediator;

/// <summary>The member scores the answer to their own complaint, once, after it is resolved.</summary>
public sealed record RateComplaintCommand(Guid ComplaintId, int? Score) : ICommand<ComplaintDto>;
