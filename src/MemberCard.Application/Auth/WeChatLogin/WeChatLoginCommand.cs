namespace MemberCard.Application.Auth.WeChatLogin;

using Mediator;

public sealed record WeChatLoginCommand(string? Code) : ICommand<LoginResult>;
