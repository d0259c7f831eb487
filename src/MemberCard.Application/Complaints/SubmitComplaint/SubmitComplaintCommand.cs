namespace MemberCard.Application.Complaints.SubmitComplaint;

using Mediator;
using MemberCard.Domain.Complaints;

/// <summary>
/// The member complains from the mini-program, about the branch they name or else their home branch.
/// </summary>
public sealed record SubmitComplaintCommand(ComplaintChannel? Channel, ComplaintCategory? Category, string? Content, string? BranchCode)
    : ICommand<ComplaintDto>;
