namespace MemberCard.Infrastructure.WeChat;

public enum WeChatMode
{
    Live,
    Simulated,
}
