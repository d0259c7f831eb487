namespace MemberCard.Application.Complaints.RecordComplaint;

using Mediator;
using MemberCard.Domain.Complaints;

/// <summary>
/// Staff record a complaint about their own branch, for a member named by card number or phone (any member of
/// the chain: people complain where they shop), or for an anonymous walk-in when neither is given. A promised
/// answer time may replace the default deadline.
/// </summary>
public sealed record RecordComplaintCommand(
    string? CardNumber, string? Phone, ComplaintChannel? Channel, ComplaintCategory? Category, string? Content, DateTimeOffset? DueAt)
    : ICommand<ComplaintDto>;
