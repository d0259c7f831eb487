namespace MemberCard.WeChatSimulator.Endpoints;

using MemberCard.WeChatSimulator.Payments;
using Microsoft.AspNetCore.Http.HttpResults;

/// <summary>
/// The payment provider's part of an online top-up (<c>/_sim/payments</c>): the shopper pays our order here, and
/// the simulator confirms it to the API with a signed notice, as it pushes WeChat's events to the callback.
/// </summary>
internal static class PaymentEndpoints
{
    public static void Map(WebApplication app)
    {
        var payments = app.MapGroup(ControlEndpoints.Prefix + "/payments");
        payments.MapPost(string.Empty, PayAsync);
        payments.MapGet(string.Empty, (SimulatorState state) => TypedResults.Ok(state.GetPayments()));
        payments.MapGet("/{transactionId}", GetPayment);
        payments.MapPost("/{transactionId}/confirmations", ConfirmAgainAsync);
    }

    /// <summary><c>{tradeNo, amountFen, forgeSignature?}</c>: pays and confirms before answering.</summary>
    private static async Task<IResult> PayAsync(HttpRequest request, SimulatorState state, PaymentConfirmer confirmer, CancellationToken cancellationToken)
    {
        if (await JsonBody.ReadControlObjectAsync(request, cancellationToken) is not { } body)
        {
            return Problem("The body must be a JSON object.", StatusCodes.Status400BadRequest);
        }

        if (body.GetString("tradeNo") is not { Length: > 0 } tradeNo)
        {
            return Problem("Required: tradeNo.", StatusCodes.Status400BadRequest);
        }

        var amountFen = body.GetInt64("amountFen");
        if (amountFen is not > 0)
        {
            return Problem("amountFen must be a positive whole number of fen.", StatusCodes.Status400BadRequest);
        }

        if (!confirmer.Enabled)
        {
            return NoConfirmationUrl();
        }

        var payment = state.Pay(tradeNo, amountFen.Value);
        await confirmer.ConfirmAsync(payment, body.GetBoolean("forgeSignature") ?? false, cancellationToken);
        return TypedResults.Ok(state.GetPayment(payment.TransactionId));
    }

    private static IResult GetPayment(string transactionId, SimulatorState state) =>
        state.GetPayment(transactionId) is { } payment ? TypedResults.Ok(payment) : UnknownPayment(transactionId);

    /// <summary>Sends the same payment's confirmation again (newly signed), as a provider repeats its notices.</summary>
    private static async Task<IResult> ConfirmAgainAsync(
        string transactionId, HttpRequest request, SimulatorState state, PaymentConfirmer confirmer, CancellationToken cancellationToken)
    {
        if (await JsonBody.ReadControlObjectAsync(request, cancellationToken) is not { } body)
        {
            return Problem("The body must be a JSON object.", StatusCodes.Status400BadRequest);
        }

        if (state.GetPayment(transactionId) is not { } payment)
        {
            return UnknownPayment(transactionId);
        }

        if (!confirmer.Enabled)
        {
            return NoConfirmationUrl();
        }

        await confirmer.ConfirmAsync(payment, body.GetBoolean("forgeSignature") ?? false, cancellationToken);
        return TypedResults.Ok(state.GetPayment(transactionId));
    }

    private static ProblemHttpResult NoConfirmationUrl() =>
        Problem("No PaymentConfirmationUrl is configured: set Simulator__PaymentConfirmationUrl.", StatusCodes.Status409Conflict);

    private static ProblemHttpResult UnknownPayment(string transactionId) =>
        Problem($"No payment with transaction id {transactionId}.", StatusCodes.Status404NotFound);

    private static ProblemHttpResult Problem(string detail, int status) => TypedResults.Problem(detail, statusCode: status);
}
