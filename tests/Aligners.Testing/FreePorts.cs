using System.Net;
using System.Net.Sockets;

namespace Aligners.Testing;

/// <summary>Free loopback TCP ports.</summary>
public static class FreePorts
{
    /// <summary>A port nothing listens on right now.</summary>
    public static int Next()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
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
