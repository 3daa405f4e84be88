using System.Net;
using System.Net.Sockets;

namespace Aligners.Testing;

/// <summary>Free loopback TCP ports.</summary>
public static class FreePorts
{
    // Below the kernel's ephemeral range (32768-60999 by default): a port handed out from that
    // range is free only until the next outgoing connection or port-0 listener in any process takes
    // it, and a test starting Azurite between the probe and Azurite's own bind lost the race
    // ("listen EADDRINUSE"). Here nothing is assigned automatically; each process starts at an
    // offset of its own and never hands out the same port twice.
    private const int First = 15000;
    private const int Count = 17000;
    private static int _next = (int)((uint)Environment.ProcessId * 2654435761u % Count);

    /// <summary>A port nothing listens on right now, outside the ephemeral range, never handed out before by this process.</summary>
    public static int Next()
    {
        for (var attempt = 0; attempt < Count; attempt++)
        {
            var port = First + (Interlocked.Increment(ref _next) % Count);
            if (CanBind(port))
            {
                return port;
            }
        }
        throw new InvalidOperationException($"No free loopback port in {First}-{First + Count - 1}");
    }

    private static bool CanBind(int port)
    {
        try
        {
            using var listener = new TcpListener(IPAddress.Loopback, port);
            listener.Start();
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }

    /// <summary>Waits until something accepts connections on <paramref name="port"/>.</summary>
    public static async Task WaitOpenAsync(int port, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync(IPAddress.Loopback, port);
                return;
            }
            catch (SocketException) when (DateTime.UtcNow < deadline)
            {
                await Task.Delay(50);
            }
        }
    }
}
