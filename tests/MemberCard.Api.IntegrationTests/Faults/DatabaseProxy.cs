namespace MemberCard.Api.IntegrationTests.Faults;

using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using Npgsql;

/// <summary>
/// A TCP relay between one API instance and PostgreSQL that a test can cut: every open connection is reset and
/// new ones are dropped until it is restored. To that API it is the database going away and coming back, while
/// the other tests sharing the database notice nothing.
/// </summary>
public sealed class DatabaseProxy : IAsyncDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly ConcurrentDictionary<Socket, byte> _open = new();
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _accepting;
    private string _targetHost = "127.0.0.1";
    private int _targetPort;
    private volatile bool _cut;

    public DatabaseProxy()
    {
        _listener.Start();
        _accepting = AcceptAsync();
    }

    /// <summary>The connection string through this proxy, the database behind it taken from <paramref name="connectionString"/>.</summary>
    public string Route(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        _targetHost = builder.Host ?? "127.0.0.1";
        _targetPort = builder.Port;
        builder.Host = "127.0.0.1";
        builder.Port = ((IPEndPoint)_listener.LocalEndpoint).Port;
        return builder.ConnectionString;
    }

    /// <summary>Resets every open connection and drops new ones.</summary>
    public void Cut()
    {
        _cut = true;
        foreach (var socket in _open.Keys)
        {
            Reset(socket);
        }
    }

    public void Restore() => _cut = false;

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        Cut();
        try
        {
            await _accepting;
        }
        catch (OperationCanceledException)
        {
            // stopping
        }

        _stop.Dispose();
    }

    private async Task AcceptAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            Socket client;
            try
            {
                client = await _listener.AcceptSocketAsync(_stop.Token);
            }
            catch (Exception e) when (e is OperationCanceledException or SocketException or ObjectDisposedException)
            {
                return;
            }

            _ = RelayAsync(client);
        }
    }

    private async Task RelayAsync(Socket client)
    {
        if (_cut)
        {
            Reset(client);
            return;
        }

        var server = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        _open[client] = 0;
        _open[server] = 0;
        try
        {
            await server.ConnectAsync(_targetHost, _targetPort, _stop.Token);
            await Task.WhenAny(PumpAsync(client, server), PumpAsync(server, client));
        }
        catch (Exception e) when (e is SocketException or OperationCanceledException or ObjectDisposedException)
        {
            // one side went away: both go
        }
        finally
        {
            Reset(client);
            Reset(server);
        }
    }

    private async Task PumpAsync(Socket from, Socket to)
    {
        var buffer = new byte[16 * 1024];
        try
        {
            int read;
            while ((read = await from.ReceiveAsync(buffer, SocketFlags.None, _stop.Token)) > 0)
            {
                await to.SendAsync(buffer.AsMemory(0, read), SocketFlags.None, _stop.Token);
            }
        }
        catch (Exception e) when (e is SocketException or OperationCanceledException or ObjectDisposedException)
        {
            // the relay ends with either side
        }
    }

    /// <summary>Closes with a TCP reset, as a crashed server or a dropped link looks to the client.</summary>
    private void Reset(Socket socket)
    {
        _open.TryRemove(socket, out _);
        try
        {
            socket.LingerState = new LingerOption(true, 0);
            socket.Close();
        }
        catch (ObjectDisposedException)
        {
            // already closed
        }
    }
}
