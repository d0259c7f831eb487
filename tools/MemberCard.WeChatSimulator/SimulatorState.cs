namespace MemberCard.WeChatSimulator;

using System.Security.Cryptography;
using System.Text.Json;
using MemberCard.WeChatSimulator.Model;
using MemberCard.WeChatSimulator.Payments;

/// <summary>
/// Everything the simulated WeChat (and payment provider) knows, in memory: tokens, codes, cards, payments,
/// recordings, faults and limits.
/// One lock guards it all; the simulator serves a test or a developer, not production traffic.
/// </summary>
public sealed class SimulatorState
{
    public const string DevCodePrefix = "dev:";

    private const int MaxRecorded = 10_000;
    private static readonly TimeSpan CodeLifetime = TimeSpan.FromMinutes(5);
    private static readonly TimeSpan ForceRefreshOverlap = TimeSpan.FromMinutes(5);
    private static readonly TimeSpan RateWindow = TimeSpan.FromSeconds(1);

    private readonly Lock _gate = new();
    private readonly SimulatorSettings _settings;
    private readonly TimeProvider _clock;
    private readonly Dictionary<string, TokenEntry> _tokens = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _currentTokens = new(StringComparer.Ordinal);
    private readonly Dictionary<string, IssuedCode> _loginCodes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, IssuedCode> _phoneCodes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, CardEntry> _cards = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ActivateTicket> _tickets = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _subscriptions = new(StringComparer.Ordinal);
    private readonly Queue<DateTimeOffset> _recentUpdateUserCalls = new();
    private readonly List<RecordedRequest> _requests = [];
    private readonly List<PushRecord> _pushes = [];
    private readonly List<SentMessage> _messages = [];
    private readonly List<SimulatedPayment> _payments = [];
    private FaultRule? _fault;
    private int? _faultRemaining;
    private int? _updateUserPerSecond;

    public SimulatorState(SimulatorSettings settings, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(clock);
        _settings = settings;
        _clock = clock;
    }

    /// <summary>The fault currently applied, or null.</summary>
    public FaultRule? Fault
    {
        get
        {
            lock (_gate)
            {
                return _fault is null ? null : _fault with { Count = _faultRemaining };
            }
        }
    }

    /// <summary>Forgets everything: cards, codes, tokens, payments, recordings, pushes, messages, faults, limits and subscriptions.</summary>
    public void Reset()
    {
        lock (_gate)
        {
            _tokens.Clear();
            _currentTokens.Clear();
            _loginCodes.Clear();
            _phoneCodes.Clear();
            _cards.Clear();
            _tickets.Clear();
            _subscriptions.Clear();
            _recentUpdateUserCalls.Clear();
            _requests.Clear();
            _pushes.Clear();
            _messages.Clear();
            _payments.Clear();
            _fault = null;
            _faultRemaining = null;
            _updateUserPerSecond = null;
        }
    }

    /// <summary>Issues a mini-program login code for <c>jscode2session</c>: single use, valid 5 minutes.</summary>
    public string IssueLoginCode(string openId, string? unionId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(openId);
        var code = RandomToken("lc_", 12);
        lock (_gate)
        {
            _loginCodes[code] = new IssuedCode(openId, unionId, _clock.GetUtcNow());
        }

        return code;
    }

    /// <summary>Issues a phone code for <c>getuserphonenumber</c>: single use, valid 5 minutes.</summary>
    public string IssuePhoneCode(string phoneNumber)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(phoneNumber);
        var code = RandomToken("pc_", 12);
        lock (_gate)
        {
            _phoneCodes[code] = new IssuedCode(phoneNumber, null, _clock.GetUtcNow());
        }

        return code;
    }

    /// <summary>Puts a new member card (random 12-digit code) into the card package of an Official Account openid.</summary>
    public CardSnapshot CreateCard(string openId, string? unionId, string? outerStr)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(openId);
        lock (_gate)
        {
            string code;
            do
            {
                code = RandomNumberGenerator.GetString("123456789", 1) + RandomNumberGenerator.GetString("0123456789", 11);
            }
            while (_cards.ContainsKey(code));

            var card = new CardEntry(code, _settings.CardId, openId, unionId, outerStr, _clock.GetUtcNow());
            _cards[code] = card;
            return card.ToSnapshot();
        }
    }

    public CardSnapshot? GetCard(string code)
    {
        lock (_gate)
        {
            return _cards.TryGetValue(code, out var card) ? card.ToSnapshot() : null;
        }
    }

    public IReadOnlyList<CardSnapshot> GetCards()
    {
        lock (_gate)
        {
            return [.. _cards.Values.OrderBy(c => c.CreatedAt).Select(c => c.ToSnapshot())];
        }
    }

    /// <summary>
    /// Stores the activation form a user submitted for the card (names <c>USER_FORM_INFO_FLAG_*</c> are WeChat's
    /// common fields, any other name a custom field) and returns an activate ticket for it; null when the card is unknown.
    /// </summary>
    public string? SubmitForm(string code, IEnumerable<KeyValuePair<string, string>> fields)
    {
        ArgumentNullException.ThrowIfNull(fields);
        var submitted = fields.Select(f => new FormField(f.Key, f.Value)).ToList();
        var ticket = RandomToken("at_", 16);
        lock (_gate)
        {
            if (!_cards.TryGetValue(code, out var card))
            {
                return null;
            }

            card.Form.Clear();
            card.Form.AddRange(submitted);
            _tickets[ticket] = new ActivateTicket(code, submitted);
            return ticket;
        }
    }

    /// <summary>Sets a card's WeChat status (NORMAL, DELETE, GIFTING, EXPIRE, UNAVAILABLE…); false when the card is unknown.</summary>
    public bool SetCardStatus(string code, string status)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(status);
        lock (_gate)
        {
            if (!_cards.TryGetValue(code, out var card))
            {
                return false;
            }

            card.Status = status.ToUpperInvariant();
            return true;
        }
    }

    /// <summary>Recorded WeChat calls, oldest first; only those whose path starts with <paramref name="pathPrefix"/> when given.</summary>
    public IReadOnlyList<RecordedRequest> GetRequests(string? pathPrefix = null)
    {
        lock (_gate)
        {
            return string.IsNullOrEmpty(pathPrefix)
                ? [.. _requests]
                : [.. _requests.Where(r => r.Path.StartsWith(pathPrefix, StringComparison.Ordinal))];
        }
    }

    public void ClearRequests()
    {
        lock (_gate)
        {
            _requests.Clear();
        }
    }

    /// <summary>Event pushes made so far, oldest first.</summary>
    public IReadOnlyList<PushRecord> GetPushes()
    {
        lock (_gate)
        {
            return [.. _pushes];
        }
    }

    public void ClearPushes()
    {
        lock (_gate)
        {
            _pushes.Clear();
        }
    }

    /// <summary>
    /// The shopper pays <paramref name="amountFen"/> for our order <paramref name="tradeNo"/>: the provider takes
    /// whatever is paid and issues its own transaction id (28 digits, like WeChat Pay's).
    /// </summary>
    public SimulatedPayment Pay(string tradeNo, long amountFen)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(tradeNo);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(amountFen);
        var digits = string.Concat(Enumerable.Range(0, 24).Select(_ => (char)('0' + RandomNumberGenerator.GetInt32(10))));
        var payment = new SimulatedPayment("4200" + digits, tradeNo, amountFen, _clock.GetUtcNow(), []);
        lock (_gate)
        {
            AddBounded(_payments, payment);
        }

        return payment;
    }

    public SimulatedPayment? GetPayment(string transactionId)
    {
        lock (_gate)
        {
            return _payments.Find(p => p.TransactionId == transactionId);
        }
    }

    /// <summary>Payments made so far, oldest first, each with the confirmations sent for it.</summary>
    public IReadOnlyList<SimulatedPayment> GetPayments()
    {
        lock (_gate)
        {
            return [.. _payments];
        }
    }

    public IReadOnlyList<SentMessage> GetMessages()
    {
        lock (_gate)
        {
            return [.. _messages];
        }
    }

    public void SetFault(FaultRule rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        lock (_gate)
        {
            _fault = rule.Mode == FaultMode.None ? null : rule;
            _faultRemaining = _fault?.Count;
        }
    }

    /// <summary>Makes every token issued so far answer 42001; the next <c>stable_token</c> call issues a fresh one.</summary>
    public void ExpireTokens()
    {
        lock (_gate)
        {
            var now = _clock.GetUtcNow();
            foreach (var token in _tokens.Values)
            {
                token.ExpiresAt = now;
            }

            _currentTokens.Clear();
        }
    }

    /// <summary>Caps accepted <c>updateuser</c> calls per second (45011 beyond); null lifts the cap.</summary>
    public void SetUpdateUserLimit(int? perSecond)
    {
        lock (_gate)
        {
            _updateUserPerSecond = perSecond is > 0 ? perSecond : null;
            _recentUpdateUserCalls.Clear();
        }
    }

    /// <summary>Sets how many subscribe messages the user still accepts (43101 at 0); users never set accept any number.</summary>
    public void SetSubscriptions(string openId, int remaining)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(openId);
        lock (_gate)
        {
            _subscriptions[openId] = Math.Max(0, remaining);
        }
    }

    internal TokenGrant IssueToken(string appId, bool forceRefresh)
    {
        var now = _clock.GetUtcNow();
        var lifetime = TimeSpan.FromSeconds(_settings.TokenLifetimeSeconds);

        // Normal mode hands out the current token until it nears its end; WeChat renews 5 minutes ahead,
        // scaled down here so a short test lifetime still shows reuse.
        var renewWindow = TimeSpan.FromTicks(Math.Min(TimeSpan.FromMinutes(5).Ticks, lifetime.Ticks / 4));
        lock (_gate)
        {
            if (_currentTokens.TryGetValue(appId, out var current))
            {
                var entry = _tokens[current];
                if (!forceRefresh && entry.ExpiresAt - now > renewWindow)
                {
                    return new TokenGrant(current, RemainingSeconds(entry, now));
                }

                if (forceRefresh && entry.ExpiresAt > now + ForceRefreshOverlap)
                {
                    entry.ExpiresAt = now + ForceRefreshOverlap;
                }
            }

            var token = RandomToken("sim_", 32);
            var issued = new TokenEntry(appId, now + lifetime);
            _tokens[token] = issued;
            _currentTokens[appId] = token;
            return new TokenGrant(token, RemainingSeconds(issued, now));
        }
    }

    internal int CheckToken(string? token, string appId)
    {
        if (string.IsNullOrEmpty(token))
        {
            return ErrCode.MissingAccessToken;
        }

        lock (_gate)
        {
            if (!_tokens.TryGetValue(token, out var entry) || entry.AppId != appId)
            {
                return ErrCode.InvalidCredential;
            }

            return _clock.GetUtcNow() >= entry.ExpiresAt ? ErrCode.AccessTokenExpired : ErrCode.Ok;
        }
    }

    internal LoginRedemption RedeemLoginCode(string code)
    {
        if (DevValue(code) is { } devOpenId)
        {
            return new LoginRedemption(ErrCode.Ok, devOpenId, "u_" + devOpenId);
        }

        lock (_gate)
        {
            if (!_loginCodes.TryGetValue(code, out var issued) || IsExpired(issued))
            {
                return new LoginRedemption(ErrCode.InvalidCode, null, null);
            }

            if (issued.Used)
            {
                return new LoginRedemption(ErrCode.CodeUsed, null, null);
            }

            issued.Used = true;
            return new LoginRedemption(ErrCode.Ok, issued.Value, issued.UnionId);
        }
    }

    internal string? RedeemPhoneCode(string code)
    {
        if (DevValue(code) is { } devPhone)
        {
            return devPhone;
        }

        lock (_gate)
        {
            if (!_phoneCodes.TryGetValue(code, out var issued) || issued.Used || IsExpired(issued))
            {
                return null;
            }

            issued.Used = true;
            return issued.Value;
        }
    }

    internal int Activate(ActivateCall call)
    {
        lock (_gate)
        {
            if (FindCard(call.Code, call.CardId) is not { } card)
            {
                return ErrCode.InvalidCardCode;
            }

            if (card.Status != CardEntry.Normal)
            {
                return ErrCode.CardDeletedOrGifting;
            }

            card.Activated = true;
            card.MembershipNumber = call.MembershipNumber;
            card.Bonus = call.InitBonus ?? card.Bonus;
            card.Balance = call.InitBalance ?? card.Balance;
            card.CustomFieldValue1 = call.InitCustomFieldValue1 ?? card.CustomFieldValue1;
            card.CustomFieldValue2 = call.InitCustomFieldValue2 ?? card.CustomFieldValue2;
            card.CustomFieldValue3 = call.InitCustomFieldValue3 ?? card.CustomFieldValue3;
            card.Activations.Add(new CardActivation(call.MembershipNumber, call.InitBonus, call.InitBalance, call.InitCustomFieldValue1, _clock.GetUtcNow()));
            return ErrCode.Ok;
        }
    }

    internal UpdateUserOutcome UpdateUser(UpdateUserCall call)
    {
        lock (_gate)
        {
            var now = _clock.GetUtcNow();
            if (!TryTakeUpdateUserSlot(now))
            {
                return new UpdateUserOutcome(ErrCode.RateLimited, null, 0, 0, 0, 0);
            }

            if (FindCard(call.Code, call.CardId) is not { } card)
            {
                return new UpdateUserOutcome(ErrCode.InvalidCardCode, null, 0, 0, 0, 0);
            }

            if (card.Status != CardEntry.Normal)
            {
                return new UpdateUserOutcome(ErrCode.CardDeletedOrGifting, null, 0, 0, 0, 0);
            }

            var oldBonus = card.Bonus;
            var oldBalance = card.Balance;
            card.Bonus = call.Bonus ?? card.Bonus + (call.AddBonus ?? 0);
            card.Balance = call.Balance ?? card.Balance + (call.AddBalance ?? 0);
            card.CustomFieldValue1 = call.CustomFieldValue1 ?? card.CustomFieldValue1;
            card.CustomFieldValue2 = call.CustomFieldValue2 ?? card.CustomFieldValue2;
            card.CustomFieldValue3 = call.CustomFieldValue3 ?? card.CustomFieldValue3;
            card.Updates.Add(new CardUpdate(
                call.Bonus,
                call.AddBonus,
                call.RecordBonus,
                call.Balance,
                call.AddBalance,
                call.CustomFieldValue1,
                call.CustomFieldValue2,
                call.CustomFieldValue3,
                call.NotifyOptional,
                card.Bonus,
                card.Balance,
                now));
            return new UpdateUserOutcome(ErrCode.Ok, card.OpenId, card.Bonus, card.Balance, card.Bonus - oldBonus, card.Balance - oldBalance);
        }
    }

    internal CardSnapshot? FindCardSnapshot(string code, string? cardId)
    {
        lock (_gate)
        {
            return FindCard(code, cardId)?.ToSnapshot();
        }
    }

    internal string? DecryptCode(string encryptCode)
    {
        if (!encryptCode.StartsWith(CardEntry.EncryptPrefix, StringComparison.Ordinal))
        {
            return null;
        }

        var code = encryptCode[CardEntry.EncryptPrefix.Length..];
        lock (_gate)
        {
            return _cards.ContainsKey(code) ? code : null;
        }
    }

    internal IReadOnlyList<FormField>? GetTicketForm(string ticket)
    {
        lock (_gate)
        {
            return _tickets.TryGetValue(ticket, out var found) ? found.Fields : null;
        }
    }

    internal int MakeUnavailable(string code, string? cardId, string? reason)
    {
        lock (_gate)
        {
            if (FindCard(code, cardId) is not { } card)
            {
                return ErrCode.InvalidCardCode;
            }

            if (card.Status == CardEntry.Unavailable)
            {
                return ErrCode.CardDeletedOrGifting;
            }

            card.Status = CardEntry.Unavailable;
            card.UnavailableReason = reason;
            return ErrCode.Ok;
        }
    }

    internal int SendMessage(string toUser, string templateId, string? page, JsonElement? data)
    {
        lock (_gate)
        {
            if (_subscriptions.TryGetValue(toUser, out var remaining))
            {
                if (remaining <= 0)
                {
                    return ErrCode.SubscriptionRefused;
                }

                _subscriptions[toUser] = remaining - 1;
            }

            _messages.Add(new SentMessage(toUser, templateId, page, data, _clock.GetUtcNow()));
            return ErrCode.Ok;
        }
    }

    internal FaultRule? TakeFault(string path)
    {
        lock (_gate)
        {
            if (_fault is not { } fault
                || (fault.PathPrefix is not null && !path.StartsWith(fault.PathPrefix, StringComparison.Ordinal)))
            {
                return null;
            }

            if (_faultRemaining is { } remaining)
            {
                _faultRemaining = remaining - 1;
                if (_faultRemaining <= 0)
                {
                    _fault = null;
                    _faultRemaining = null;
                }
            }

            return fault;
        }
    }

    internal void Record(RecordedRequest request)
    {
        lock (_gate)
        {
            AddBounded(_requests, request);
        }
    }

    internal void RecordPush(PushRecord push)
    {
        lock (_gate)
        {
            AddBounded(_pushes, push);
        }
    }

    internal void RecordConfirmation(string transactionId, ConfirmationRecord confirmation)
    {
        lock (_gate)
        {
            var index = _payments.FindIndex(p => p.TransactionId == transactionId);
            if (index >= 0)
            {
                _payments[index] = _payments[index] with { Confirmations = [.. _payments[index].Confirmations, confirmation] };
            }
        }
    }

    private static void AddBounded<T>(List<T> list, T item)
    {
        if (list.Count >= MaxRecorded)
        {
            list.RemoveAt(0);
        }

        list.Add(item);
    }

    private static string? DevValue(string code) =>
        code.StartsWith(DevCodePrefix, StringComparison.Ordinal) && code.Length > DevCodePrefix.Length
            ? code[DevCodePrefix.Length..]
            : null;

    private static int RemainingSeconds(TokenEntry entry, DateTimeOffset now) =>
        (int)Math.Ceiling((entry.ExpiresAt - now).TotalSeconds);

    private static string RandomToken(string prefix, int bytes) =>
        prefix + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(bytes));

    private bool IsExpired(IssuedCode issued) => _clock.GetUtcNow() - issued.IssuedAt > CodeLifetime;

    private CardEntry? FindCard(string code, string? cardId) =>
        _cards.TryGetValue(code, out var card) && (cardId is null || cardId == card.CardId) ? card : null;

    private bool TryTakeUpdateUserSlot(DateTimeOffset now)
    {
        if (_updateUserPerSecond is not { } limit)
        {
            return true;
        }

        while (_recentUpdateUserCalls.TryPeek(out var oldest) && now - oldest >= RateWindow)
        {
            _recentUpdateUserCalls.Dequeue();
        }

        if (_recentUpdateUserCalls.Count >= limit)
        {
            return false;
        }

        _recentUpdateUserCalls.Enqueue(now);
        return true;
    }
}
