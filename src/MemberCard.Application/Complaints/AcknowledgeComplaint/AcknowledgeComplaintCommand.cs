namespace MemberCard.Application.Complaints.AcknowledgeComplaint;

using Mediator;

public sealed record AcknowledgeComplaintCommand(Guid ComplaintId) : ICommand<ComplaintDto>;
