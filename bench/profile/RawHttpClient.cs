namespace TillProfile;

using System.Buffers.Text;
using System.Net.Sockets;
using System.Text;

/// <summary>
/// HTTP/1.1 over one keep-alive socket with reused buffers, so that the harness itself allocates next to nothing
/// while it measures the server in the same process.
/// </summary>
internal sealed class RawHttpClient : IDisposable
{
    private readonly Socket _socket;
    private readonly string _host;
    private readonly byte[] _send = new byte[16 * 1024];
    private readonly byte[] _receive = new byte[64 * 1024];

    public RawHttpClient(int port)
    {
        _host = "127.0.0.1:" + port;
        _socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        _socket.Connect("127.0.0.1", port);
    }

    /// <summary>Sends one request and reads the whole response; returns the status code and the body.</summary>
    public (int Status, string Headers, string Body) Send(string method, string path, string apiKey, string? json)
    {
        var body = json is null ? 0 : Encoding.UTF8.GetByteCount(json);
        var head = $"{method} {path} HTTP/1.1\r\nHost: {_host}\r\nX-Api-Key: {apiKey}\r\nAccept: application/json\r\n"
            + (json is null ? string.Empty : $"Content-Type: application/json\r\nContent-Length: {body}\r\n") + "\r\n";
        var length = Encoding.ASCII.GetBytes(head, _send);
        if (json is not null)
        {
            length += Encoding.UTF8.GetBytes(json, 0, json.Length, _send, length);
        }

        _socket.Send(_send.AsSpan(0, length));
        return Receive();
    }

    public void Dispose() => _socket.Dispose();

    private (int Status, string Headers, string Body) Receive()
    {
        var read = 0;
        var headerEnd = -1;
        while (headerEnd < 0)
        {
            read += Read(read);
            headerEnd = _receive.AsSpan(0, read).IndexOf("\r\n\r\n"u8);
        }

        var headers = Encoding.ASCII.GetString(_receive, 0, headerEnd);
        var status = int.Parse(headers.AsSpan(9, 3), System.Globalization.CultureInfo.InvariantCulture);
        var start = headerEnd + 4;
        if (ContentLength(_receive.AsSpan(0, headerEnd)) is { } contentLength)
        {
            while (read < start + contentLength)
            {
                read += Read(read);
            }

            return (status, headers, Encoding.UTF8.GetString(_receive, start, contentLength));
        }

        // Chunked: size line, data, CRLF, ... until the zero-size chunk and its empty trailer.
        var body = new StringBuilder();
        var at = start;
        while (true)
        {
            int lineEnd;
            while ((lineEnd = _receive.AsSpan(at, read - at).IndexOf("\r\n"u8)) < 0)
            {
                read += Read(read);
            }

            var size = int.Parse(Encoding.ASCII.GetString(_receive, at, lineEnd), System.Globalization.NumberStyles.HexNumber, System.Globalization.CultureInfo.InvariantCulture);
            at += lineEnd + 2;
            while (read < at + size + 2)
            {
                read += Read(read);
            }

            if (size == 0)
            {
                return (status, headers, body.ToString());
            }

            body.Append(Encoding.UTF8.GetString(_receive, at, size));
            at += size + 2;
        }
    }

    private int Read(int offset)
    {
        var n = _socket.Receive(_receive.AsSpan(offset));
        return n > 0 ? n : throw new IOException("The server closed the connection.");
    }

    private static int? ContentLength(ReadOnlySpan<byte> headers)
    {
        var at = headers.IndexOf("\r\nContent-Length: "u8);
        if (at < 0)
        {
            return headers.IndexOf("\r\nTransfer-Encoding: chunked"u8) >= 0
                ? null
                : throw new InvalidOperationException("The harness reads responses with a Content-Length or chunked.");
        }

        return Utf8Parser.TryParse(headers[(at + 18)..], out int length, out _) ? length : throw new InvalidOperationException("Bad Content-Length.");
    }
}
