namespace MemberCard.Application.Auth.WeChatLogin;

using Mediator;
using MemberCard.Application.Common.Interfaces;
using MemberCard.Domain.Members;
using Microsoft.EntityFrameworkCore;

/// <summary>
/// Exchanges a mini-program login code for our shopper token. The caller is anonymous, so finding the
/// member behind the openid deliberately looks past the scope filters; it reveals only the member id.
/// </summary>
public sealed class WeChatLoginCommandHandler(IMemberCardDbContext db, IWeChatMiniProgram weChat, IAccessTokenIssuer tokens)
    : ICommandHandler<WeChatLoginCommand, LoginResult>
{
    public async ValueTask<LoginResult> Handle(WeChatLoginCommand command, CancellationToken cancellationToken)
    {
        var session = await weChat.ExchangeLoginCodeAsync(command.Code!, cancellationToken);
        var memberId = await db.Members.IgnoreQueryFilters()
            .Where(m => m.MiniProgramOpenId == session.OpenId && m.Status == MemberStatus.Active)
            .Select(m => (MemberId?)m.Id)
            .SingleOrDefaultAsync(cancellationToken);
        var token = tokens.IssueForShopper(session.OpenId, session.UnionId);
        return new LoginResult(token.Token, token.ExpiresInSeconds, session.OpenId, memberId?.Value);
    }
}
