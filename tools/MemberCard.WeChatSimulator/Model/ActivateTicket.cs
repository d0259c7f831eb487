namespace MemberCard.WeChatSimulator.Model;

internal sealed record ActivateTicket(string Code, IReadOnlyList<FormField> Fields);
