namespace MemberCard.Api.ErrorHandling;

using System.Globalization;

/// <summary>
/// Chinese wording of our stable error codes for <c>Accept-Language: zh-CN</c>. English comes from the
/// exception itself; a code missing here falls back to it.
/// </summary>
public static class ErrorCatalog
{
    private static readonly Dictionary<string, string> Chinese = new(StringComparer.Ordinal)
    {
        ["validation_failed"] = "请求参数有误。",
        ["body_invalid"] = "请求体不是有效的 JSON 或字段类型不正确。",
        ["unauthorized"] = "需要有效的身份凭证。",
        ["forbidden"] = "无权访问此资源。",
        ["not_found"] = "资源不存在。",
        ["rate_limited"] = "请求过于频繁，请稍后再试。",
        ["concurrency_conflict"] = "数据已被他人修改，请重试。",
        ["duplicate"] = "记录已存在。",
        ["internal_error"] = "服务器内部错误。",
        ["review_rejected"] = "自动审核未通过。",
        ["review.phone_taken"] = "该手机号已办理会员卡。",
        ["review.wechat_taken"] = "该微信账号已办理会员卡。",
        ["review.branch_unknown"] = "所属门店不存在。",
        ["review.branch_closed"] = "所属门店已停业。",
        ["card.not_found"] = "会员卡不存在。",
        ["member.not_found"] = "会员不存在。",
        ["branch.not_found"] = "门店不存在。",
        ["api_key.not_found"] = "密钥不存在。",
        ["card.illegal_transition"] = "会员卡当前状态不允许此操作。",
        ["card.reissue_requires_loss_report"] = "只有已挂失的会员卡才能补办。",
        ["card.not_active"] = "会员卡未激活或已冻结。",
        ["member.exited"] = "会员已退会。",
        ["member.no_current_card"] = "会员没有有效的会员卡。",
        ["branch.code_taken"] = "门店编码已存在。",
        ["api_key.already_revoked"] = "密钥已被吊销。",
        ["auth.shopper_only"] = "仅限会员本人操作。",
        ["wechat.code_invalid"] = "微信授权码无效。",
        ["wechat.signature_invalid"] = "微信签名无效或已过期。",
        ["wechat.message_invalid"] = "无法解析微信消息。",
        ["wechat.unavailable"] = "微信服务暂时不可用，请稍后重试。",
        ["wechat.error"] = "微信拒绝了该请求。",
        ["wechat.phone_unsupported"] = "仅支持中国大陆手机号。",
        ["outbox.not_found"] = "未找到该消息。",
        ["outbox.not_failed"] = "只有发送失败的消息可以重试。",
        ["branch.required"] = "请指定所属门店。",
        ["phone.invalid"] = "手机号格式不正确。",
        ["birth_date.implausible"] = "出生日期不合理。",
        ["email.invalid"] = "邮箱格式不正确。",
        ["lookup.code_invalid"] = "请输入会员卡号或手机号。",
        ["profile.empty_change"] = "请至少修改一个字段。",
        ["value.blank"] = "不能为空白。",
        ["value.wrong_type"] = "值的类型或格式不正确。",
        ["branch.code_format"] = "门店编码只能包含字母、数字、“-”和“_”。",
        ["region_code.invalid"] = "区域代码必须是三位数字。",
        ["api_key.branch_required"] = "门店密钥必须指定门店（branchId 或 branchCode）。",
        ["api_key.branch_not_allowed"] = "总部密钥不能指定门店。",
        ["time_zone.unknown"] = "未知的时区。",
        ["programme.tiers_incomplete"] = "必须且只能定义一次普通、银卡、金卡、钻石四个等级。",
        ["programme.discount_invalid"] = "折扣率必须大于 0 且不超过 1。",
        ["programme.thresholds_not_ascending"] = "等级消费门槛必须从普通到钻石逐级递增。",
        ["programme.threshold_invalid"] = "普通等级的消费门槛必须为 0。",
        ["programme.value_out_of_range"] = "设置值超出允许范围。",
        ["body.unreadable"] = "无法读取请求内容。",
        ["job.not_found"] = "没有这个任务。",
        ["job.as_of_in_future"] = "不能为未来的日期运行任务。",
        ["job.as_of_out_of_range"] = "日期超出允许范围。",
        ["purchase.receipt_conflict"] = "该小票号已用不同内容提交过。",
        ["purchase.idempotency_key_conflict"] = "该幂等键已用于另一张小票。",
        ["purchase.not_found"] = "本门店没有这张小票。",
        ["points.insufficient"] = "积分不足（当天获得的积分次日起可用）。",
        ["checkout.points_over_limit"] = "本单可用积分超出上限。",
        ["checkout.payments_mismatch"] = "支付金额合计与应付金额不符。",
        ["return.exceeds_purchase"] = "退货数量超过可退数量。",
        ["gift.out_of_stock"] = "礼品库存不足。",
        ["gift.not_active"] = "该礼品今天不可兑换。",
        ["redemption.window_closed"] = "当前不在积分兑换期内。",
        ["auth.branch_only"] = "仅限门店收银操作。",
        ["milestone.not_found"] = "没有这条返礼记录。",
        ["kpi.month_invalid"] = "月份格式应为 YYYY-MM（例如 2026-10）。",
        ["kpi.weights_all_zero"] = "至少一项权重必须大于 0。",
        ["kpi.weight_out_of_range"] = "每项权重必须在 0 到 100 之间。",
        ["milestone.not_open"] = "该返礼已领取或已过期。",
    };

    public static string Describe(string code, string english) =>
        IsChinese() && Chinese.TryGetValue(code, out var zh) ? zh : english;

    public static bool IsChinese() =>
        CultureInfo.CurrentUICulture.Name.StartsWith("zh", StringComparison.OrdinalIgnoreCase);
}
